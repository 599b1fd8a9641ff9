// A JSON file is refused for nesting deeper than `limits.depth` (checked before any parser runs)
// and for a key written twice in one object (which `JSON.parse` would silently keep the last of),
// naming the line; invalid JSON is reported as such first, and the nesting limit before all.
import { describe, expect, it } from 'vitest';
import { KEPT_END_LENGTH } from '../../src/specs/json-text-locator.js';
import { scanJsonText } from '../../src/specs/json-text-scan.js';
import { parseFile, type ParseOutcome } from '../../src/specs/parse-file.js';

const depth = 4;

function parsed(text: string): ParseOutcome {
  return parseFile('api.json', new TextEncoder().encode(text), { yamlAliases: 100, depth });
}

/** What the loader says of a text: accepted, or the reason, the line and the key or limit named. */
function verdict(text: string): string {
  const outcome = parsed(text);
  if (outcome.ok) return 'ok';
  const named = /duplicate key (".*")$/.exec(outcome.message)?.[1] ?? (outcome.message.includes('limits.depth') ? 'limits.depth' : 'JSON');
  return `${outcome.reason} at ${outcome.line}: ${named}`;
}

describe('parseFile refuses duplicate keys in JSON', () => {
  it.each([
    { name: 'distinct keys', text: '{"a": 1, "b": 2}', expected: 'ok' },
    { name: 'a key written twice, on the line of the second', text: '{\n "a": 1,\n "b": 2,\n "a": 3\n}', expected: 'parse-error at 4: "a"' },
    { name: 'twice in a nested object', text: '{"paths": {\n"/pets": {},\n"/pets": {}\n}}', expected: 'parse-error at 3: "/pets"' },
    { name: 'the same key in sibling objects', text: '{"a": {"x": 1}, "b": {"x": 2}}', expected: 'ok' },
    { name: 'the same key in objects of an array', text: '[{"x": 1}, {"x": 2}, {"x": 3}]', expected: 'ok' },
    { name: 'after an array in the object', text: '{"a": [1, {"b": 1}, [2]],\n"a": 2}', expected: 'parse-error at 2: "a"' },
    { name: 'after a nested object closes', text: '{"a": {"a": {"a": 1}},\n\n"a": 2}', expected: 'parse-error at 3: "a"' },
    { name: 'values equal to keys are no keys', text: '{"a": "a", "b": "a", "c": ["a", "a"]}', expected: 'ok' },
    { name: 'a key spelt with an escape', text: '{"a": 1,\n"\\u0061": 2}', expected: 'parse-error at 2: "a"' },
    { name: 'a key with an escaped quote', text: '{"a\\"b": 1, "a\\"b": 2}', expected: 'parse-error at 1: "a\\"b"' },
    { name: 'a key ending in an escaped backslash', text: '{"a\\\\": 1, "a": 2, "a\\\\": 3}', expected: 'parse-error at 1: "a\\\\"' },
    { name: 'structure inside strings', text: '{"a": "}{,\\"a\\": [", "b": "\\\\", "c": 1}', expected: 'ok' },
    { name: 'a brace inside a value string, then a duplicate', text: '{"a": "}",\n"a": 2}', expected: 'parse-error at 2: "a"' },
    { name: 'the empty key twice', text: '{"": 1, "": 2}', expected: 'parse-error at 1: ""' },
    { name: '__proto__ twice', text: '{"__proto__": 1, "__proto__": 2}', expected: 'parse-error at 1: "__proto__"' },
    { name: 'the first of two duplicates', text: '{"a": 1, "b": 1,\n"b": 2,\n"a": 2}', expected: 'parse-error at 2: "b"' },
  ])('$name', ({ text, expected }) => expect(verdict(text)).toBe(expected));
});

describe('parseFile measures the nesting of JSON before parsing it', () => {
  it.each([
    { name: 'nesting at the limit', text: '[[[{"a": 1}]]]', expected: 'ok' },
    { name: 'one level over, on the line it goes over', text: '[\n[\n[\n{\n"a": [1]}]]]', expected: 'limit-exceeded at 5: limits.depth' },
    { name: 'brackets in strings do not nest', text: '[[[{"a": "[[[[{{{{"}]]]', expected: 'ok' },
    { name: 'an escaped quote keeps the string open', text: '[[[{"a": "\\"[["}]]]', expected: 'ok' },
    { name: 'an escaped backslash closes it', text: '[[[{"a": "\\\\", "b": [[1]]}]]]', expected: 'limit-exceeded at 1: limits.depth' },
    { name: 'closing brackets make room again', text: '[[[[]],[[]]],[[[]]]]', expected: 'ok' },
    { name: 'too deep invalid JSON', text: '[[[[[', expected: 'limit-exceeded at 1: limits.depth' },
    { name: 'a line break escaped in a string (invalid JSON) still counts as a line', text: '["\\\n", [[[[1]]]]]', expected: 'limit-exceeded at 2: limits.depth' },
    { name: 'unbalanced closers count no lower than nothing', text: ']]]]\n[[[[[', expected: 'limit-exceeded at 2: limits.depth' },
    { name: 'too deep after a duplicate key', text: '{"a": 1, "a": 2,\n"b": [[[[1]]]]}', expected: 'limit-exceeded at 2: limits.depth' },
    { name: 'a duplicate in invalid JSON is invalid JSON', text: '{"a": 1,\n"a": 2,}', expected: 'parse-error at 2: JSON' },
    { name: 'an invalid escape in a key is invalid JSON', text: '{"\\x": 1, "\\x": 2}', expected: 'parse-error at 1: JSON' },
  ])('$name', ({ text, expected }) => expect(verdict(text)).toBe(expected));
});

describe('scanJsonText hands the locator the ends of large containers', () => {
  const long = 'x'.repeat(KEPT_END_LENGTH);
  const text = `{"a": ["${long}", {"b": "${long}"}], "c": {"d": [1]}, "e": "]}"}`;
  const offsetOf = (needle: string): number => text.indexOf(needle);

  it('keeps where each container longer than the locator keeps ends for ends, and no other', () => {
    const ends = scanJsonText(text, 8).largeContainerEnds;
    expect(ends).toEqual(
      new Map([
        [0, text.length],
        [offsetOf('["'), offsetOf('}]') + 2],
        [offsetOf('{"b"'), offsetOf('}]') + 1],
      ]),
    );
  });

  it.each([
    { name: 'a duplicate key', text: `{"a": "${long}", "a": [1]}` },
    { name: 'nesting over the limit', text: `[[[[[[[[[["${long}"]]]]]]]]]]` },
  ])('keeps none after $name (the file is refused)', ({ text: refused }) => {
    expect(scanJsonText(refused, 8).largeContainerEnds).toBeUndefined();
  });
});
