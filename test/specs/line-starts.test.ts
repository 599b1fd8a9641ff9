// Line starts are counted as the positioned parse counts them (`\n`, `\r\n` and a lone `\r` each
// end one line), whatever mix of them a file uses, and a place is found from them by offset.
import { describe, expect, it } from 'vitest';
import { lineStartsOf, positionAt } from '../../src/specs/line-starts.js';

/** The same count read another way: the lengths of the lines `split` cuts at each line end. */
function startsBySplitting(text: string): number[] {
  const starts = [0];
  const ends = /\r\n|\r|\n/g;
  for (let found = ends.exec(text); found !== null; found = ends.exec(text)) starts.push(found.index + found[0].length);
  return starts;
}

describe('lineStartsOf', () => {
  it.each([
    { name: 'empty text', text: '', starts: [0] },
    { name: 'one line, no newline', text: '{}', starts: [0] },
    { name: 'no trailing newline', text: '{\n  "a": 1\n}', starts: [0, 2, 11] },
    { name: 'a trailing newline', text: '{}\n', starts: [0, 3] },
    { name: 'only newlines', text: '\n\n', starts: [0, 1, 2] },
    { name: '\\r\\n', text: '{\r\n"a": 1\r\n}\r\n', starts: [0, 3, 11, 14] },
    { name: 'lone \\r', text: '{\r"a": 1\r}', starts: [0, 2, 9] },
    { name: 'lone \\r before \\r\\n', text: '\r\r\n\n', starts: [0, 1, 3, 4] },
    { name: '\\n\\r is two line ends', text: 'a\n\rb', starts: [0, 2, 3] },
    { name: 'all three mixed, ending in \\r', text: 'a\r\nb\nc\rd\r', starts: [0, 3, 5, 7, 9] },
    { name: 'U+2028 and U+2029 in a string end no line', text: '"a\u2028b\u2029c"', starts: [0] },
  ])('$name', ({ text, starts }) => {
    expect([...lineStartsOf(text)]).toEqual(starts);
    expect(starts).toEqual(startsBySplitting(text));
  });

  it('grows past any first guess of the line count', () => {
    const text = `${'\n'.repeat(70_000)}${'\r\n'.repeat(70_000)}x`;
    expect([...lineStartsOf(text)]).toEqual(startsBySplitting(text));
  });

  it.each(['\n', '\r\n', '\r'])('agrees with splitting on random text ending lines with %j, mixed with the others', (mostly) => {
    const pieces = ['x', ' ', '"', mostly, mostly, mostly, '\n', '\r', '\r\n'];
    let seed = 7;
    const next = (): number => (seed = (seed * 48_271) % 2_147_483_647);
    const text = Array.from({ length: 5_000 }, () => pieces[next() % pieces.length]).join('');
    expect([...lineStartsOf(text)]).toEqual(startsBySplitting(text));
  });
});

describe('positionAt', () => {
  const text = 'ab\ncd\r\nef\rg';
  const lineStarts = lineStartsOf(text);
  it.each([
    { offset: 0, at: { line: 0, character: 0 } },
    { offset: 2, at: { line: 0, character: 2 } },
    { offset: 3, at: { line: 1, character: 0 } },
    { offset: 6, at: { line: 1, character: 3 } },
    { offset: 7, at: { line: 2, character: 0 } },
    { offset: 10, at: { line: 3, character: 0 } },
    { offset: 11, at: { line: 3, character: 1 } },
  ])('offset $offset', ({ offset, at }) => expect(positionAt(lineStarts, offset)).toEqual(at));
});
