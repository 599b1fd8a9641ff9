import { describe, expect, it } from 'vitest';
import { byteLength, fitText } from '../../src/github/text-budget.js';

const lines = (count: number, width = 9): string => Array.from({ length: count }, (_, index) => `${String(index).padStart(width, '0')}`).join('\n');

describe('fitText', () => {
  it.each([
    { name: 'a text that fits is unchanged', text: 'short\ntext', maxBytes: 100 },
    { name: 'exactly at the limit is unchanged', text: 'x'.repeat(50), maxBytes: 50 },
  ])('$name', ({ text, maxBytes }) => expect(fitText(text, { maxBytes, seeAlso: 'elsewhere' })).toBe(text));

  it.each([
    { name: 'ASCII lines', text: lines(10_000), maxBytes: 5_000 },
    { name: 'multi-byte lines', text: Array.from({ length: 3_000 }, () => '🛑 ünïcødé ✔️').join('\n'), maxBytes: 4_096 },
    { name: 'one huge line among short ones', text: `a\n${'b'.repeat(10_000)}\nc`, maxBytes: 1_000 },
  ])('cuts $name at a line boundary within the budget, saying how many lines are left out', ({ text, maxBytes }) => {
    const fitted = fitText(text, { maxBytes, seeAlso: 'the check run' });
    expect(byteLength(fitted)).toBeLessThanOrEqual(maxBytes);
    const [kept, note] = fitted.split('\n\n_… ');
    expect(text.startsWith(`${kept}\n`)).toBe(true);
    const omitted = text.split('\n').length - (kept as string).split('\n').length;
    expect(note).toBe(`${omitted.toLocaleString('en-US')} more ${omitted === 1 ? 'line' : 'lines'} not shown (GitHub's size limit); see the check run._`);
  });

  it('closes a code fence the cut left open, so the note is not swallowed by it', () => {
    const text = ['intro', '```yaml', ...lines(2_000).split('\n'), '```', 'after'].join('\n');
    const fitted = fitText(text, { maxBytes: 2_000, seeAlso: 'x' });
    expect(byteLength(fitted)).toBeLessThanOrEqual(2_000);
    expect(fitted.split('\n').filter((line) => line.startsWith('```'))).toHaveLength(2);
  });

  it.each([
    { name: 'at a word', text: `${'word '.repeat(100)}end`, maxBytes: 255, expected: /^(word )+word…$/ },
    { name: 'inside a run without spaces, never splitting a character', text: '🙂'.repeat(100), maxBytes: 255, expected: /^(🙂)+…$/u },
    { name: 'a multi-line text without a note, as one line', text: 'a title\nwith\nlines '.repeat(30), maxBytes: 60, expected: /^[^\n]+…$/ },
  ])('cuts a title $name, ending with …', ({ text, maxBytes, expected }) => {
    const fitted = fitText(text, { maxBytes });
    expect(byteLength(fitted)).toBeLessThanOrEqual(maxBytes);
    expect(fitted).toMatch(expected);
  });
});
