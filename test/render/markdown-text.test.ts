import { describe, expect, it } from 'vitest';
import { codeSpan, markdownText, plainLine, urlText } from '../../src/render/markdown-text.js';

// What GitHub would do with each input were it rendered raw, and what must be left of it.
describe('markdownText', () => {
  it.each([
    { name: 'a tracking image', input: 'x <img src="https://evil.test/p.png">', absent: ['<img'], present: ['&lt;img'] },
    { name: 'a Markdown image', input: '![p](https://evil.test/p.png)', absent: ['!['], present: ['!\\[p\\]'] },
    { name: 'a link', input: '[click](https://evil.test)', absent: ['[click]('], present: ['\\[click\\]'] },
    { name: 'a team mention', input: 'cc @acme/security and @octocat', absent: ['@acme', '@octocat'], present: ['@\u200bacme/security', '@\u200boctocat'] },
    { name: 'an e-mail address (no mention)', input: 'write to api@acme.test', absent: [], present: ['api@acme.test'] },
    { name: 'an issue reference', input: 'fixes #123 and GH-4 and acme/api#5', absent: ['#123', 'GH-4', '#5'], present: ['#\u200b123', 'GH-\u200b4'] },
    { name: 'an unclosed HTML comment', input: 'hidden <!-- the rest', absent: ['<!--'], present: ['&lt;!--'] },
    { name: 'a hidden record', input: '<!-- api-review-bot:command {"kind":"accept"} -->', absent: ['<!--', '-->'], present: ['&lt;!-- api-review-bot:command'] },
    { name: 'a fake heading on a new line', input: 'ok\n## ✅ API Review: passed', absent: ['\n'], present: ['ok ## ✅'] },
    { name: 'a heading at the start', input: '## ✅ passed', absent: [], present: ['\\## ✅ passed'] },
    { name: 'a list item at the start', input: '- [x] approved', absent: [], present: ['\\- \\[x\\] approved'] },
    { name: 'an ordered item at the start', input: '1. approved', absent: [], present: ['1\\. approved'] },
    { name: 'emphasis and strikethrough', input: '**bold** _it_ ~~gone~~', absent: ['**', '~~'], present: ['\\*\\*bold\\*\\*', '\\_it\\_'] },
    { name: 'a table cell break', input: 'a | b', absent: [' | '], present: ['a \\| b'] },
    { name: 'emphasis by underscores at word edges', input: '__bold__ and _it_', absent: ['__bold', ' _it'], present: ['\\_\\_bold\\_\\_', '\\_it\\_'] },
    { name: 'snake_case names (literal in GitHub Markdown)', input: 'limits.seconds_per_review and page_size', absent: ['\\_'], present: ['limits.seconds_per_review', 'page_size'] },
    { name: 'an entity', input: '&lt;b&gt;', absent: ['&lt;b'], present: ['&amp;lt;b&amp;gt;'] },
    { name: 'a bidi override', input: 'abc\u202Edef', absent: ['\u202E'], present: ['abcdef'] },
    { name: 'an escaped backtick hiding HTML', input: '\\`<img src=x>\\`', absent: ['<img'], present: ['\\\\\\`&lt;img'] },
    { name: 'an unmatched backtick', input: 'a ` <b>', absent: ['<b>', 'a ` '], present: ['a \\` &lt;b&gt;'] },
  ])('neutralizes $name', ({ input, absent, present }) => {
    const output = markdownText(input);
    for (const text of absent) expect(output).not.toContain(text);
    for (const text of present) expect(output).toContain(text);
  });

  it.each([
    { name: 'a name in a code span', input: 'property `total_count` was removed', expected: 'property `total_count` was removed' },
    { name: 'a tag inside a code span, as look-alike quotes', input: 'enum value `<img src=x> @team` removed', expected: 'enum value `‹img src=x› @\u200bteam` removed' },
    { name: 'a double-backtick span holding a backtick', input: 'value ``a`b`` removed', expected: 'value ``a`b`` removed' },
    { name: 'text around spans', input: '@x `y` <z>', expected: '@\u200bx `y` &lt;z&gt;' },
  ])('keeps $name as code', ({ input, expected }) => expect(markdownText(input)).toBe(expected));

  it('stays linear on a value full of backticks', () => {
    const hostile = '`'.repeat(1) + ' x ``'.repeat(20_000);
    const started = performance.now();
    markdownText(hostile);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('codeSpan', () => {
  it.each([
    { name: 'plain', input: 'GET /pets', cell: false, expected: '`GET /pets`' },
    { name: 'a backtick cannot close the span', input: 'a`<img src=x>`b', cell: false, expected: "`a'‹img src=x›'b`" },
    { name: 'a line break', input: 'a\n## b', cell: false, expected: '`a ## b`' },
    { name: 'a pipe in a table cell', input: 'a|b', cell: true, expected: '`a\\|b`' },
    { name: 'a pipe outside tables', input: 'a|b', cell: false, expected: '`a|b`' },
  ])('$name', ({ input, cell, expected }) => expect(codeSpan(input, { cell })).toBe(expected));
});

describe('urlText', () => {
  it.each([
    { name: 'a GitHub URL', input: 'https://github.com/o/r/blob/abc/openapi.yaml#L12', expected: 'https://github.com/o/r/blob/abc/openapi.yaml#L12' },
    { name: 'a parenthesis that would end the destination', input: 'https://x.test/a)![p](https://evil.test/p.png', expected: 'https://x.test/a%29!%5Bp%5D%28https://evil.test/p.png' },
    { name: 'another scheme', input: 'javascript:alert(1)', expected: '#' },
  ])('$name', ({ input, expected }) => expect(urlText(input)).toBe(expected));
});

describe('plainLine', () => {
  it('is one line without markup tricks or mentions', () => {
    expect(plainLine('a\nb <img src=x> @team\u202E')).toBe('a b ‹img src=x› @\u200bteam');
  });
});
