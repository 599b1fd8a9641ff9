import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/llm/plain-text.js';

describe('plainText', () => {
  it.each([
    { name: 'keeps ordinary prose', input: 'Send `currency` (ISO 4217) on every call to POST /orders.', expected: "Send 'currency' (ISO 4217) on every call to POST /orders." },
    { name: 'removes @-mentions of users and teams', input: 'Ask @octocat or @org/api-team.', expected: 'Ask octocat or org/api-team.' },
    { name: 'keeps link text, drops the target', input: 'See [the guide](https://evil.example/g).', expected: 'See the guide.' },
    { name: 'removes images', input: 'Look ![x](https://evil.example/p.png) here', expected: 'Look here' },
    { name: 'removes bare URLs and www addresses', input: 'Go to https://evil.example/a or www.evil.example now', expected: 'Go to (link removed) or (link removed) now' },
    { name: 'removes domain paths GitHub might link', input: 'see evil.example/x', expected: 'see (link removed)' },
    { name: 'removes e-mail addresses', input: 'mail admin@evil.example', expected: 'mail (address removed)' },
    { name: 'removes HTML tags and comments', input: 'a <img src=x onerror=alert(1)> b <!-- hidden --> <script>c</script>', expected: 'a b c' },
    { name: 'keeps comparisons visible but inert', input: 'limit < 100 and > 0', expected: 'limit ‹ 100 and › 0' },
    { name: 'does not let removal assemble a tag', input: 'x <scr<b>ipt>alert(1)</script>', expected: 'x alert(1)' },
    { name: 'breaks issue references', input: 'fixes #12 and GH-3', expected: 'fixes #\u200b12 and GH-\u200b3' },
    { name: 'flattens lines and leading block markers', input: '# Heading\n> quote\n- item', expected: 'Heading quote item' },
    { name: 'drops a leading ordered-list marker', input: '1. First do this', expected: 'First do this' },
    { name: 'removes table pipes and brackets', input: 'a | b [c]', expected: 'a b c' },
  ])('$name', ({ input, expected }) => {
    expect(plainText(input, 500)).toBe(expected);
  });

  it('clips long text with an ellipsis', () => {
    expect(plainText('word '.repeat(100), 20)).toBe('word word word word…');
  });
});
