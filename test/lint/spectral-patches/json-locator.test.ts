// The indexed JSON locator gives Spectral's JSON locator's answers, path for path.
import spectralParsers from '@stoplight/spectral-parsers';
import { describe, expect, it } from 'vitest';
import { type JsonAstNode, locateInJson } from '../../../src/lint/spectral-patches/json-locator.js';

const { parseJson, Json } = spectralParsers;

// A large object (indexed), a small one (scanned), arrays, keys that read as numbers, an empty
// key, and keys written twice in both (the first one is found).
const members = Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`/item-${index}`, { get: { tags: ['a', 'b'], '200': { ok: true } } }]));
const text = JSON.stringify({ paths: members, small: { '7': 'seven', '007': 'bond', '': 'empty', list: [[1, 2], { x: 1 }] } }, null, 1).replace(
  '"small": {',
  '"small": {\n "twice": 1,\n "twice": 2,',
).replace('"paths": {', '"paths": {\n "/item-5": "written first",');
const parsed = parseJson(text) as { ast: JsonAstNode };

const paths: Array<Array<string | number>> = [
  [],
  ['paths'],
  ['paths', '/item-0'],
  ['paths', '/item-5'],
  ['paths', '/item-5', 'get'],
  ['paths', '/item-39', 'get', 'tags', 1],
  ['paths', '/item-39', 'get', 'tags', '1'],
  ['paths', '/item-39', 'get', 'tags', 2],
  ['paths', '/item-39', 'get', 'tags', -1],
  ['paths', '/item-12', 'get', '200', 'ok'],
  ['paths', '/item-12', 'get', 200],
  ['paths', '/nowhere', 'get'],
  ['paths', 'constructor'],
  ['paths', '/item-3', 'get', 'tags', 'length'],
  ['small', '7'],
  ['small', 7],
  ['small', '007'],
  ['small', ''],
  ['small', 'twice'],
  ['small', 'list', 0, 1],
  ['small', 'list', '1', 'x'],
  ['small', 'list', 'x'],
  ['small', 'missing', 'deeper'],
  ['small', '7', 'below a string'],
];

describe('locateInJson', () => {
  it.each(paths.flatMap((path) => [{ path, closest: false }, { path, closest: true }]))('finds $path (closest: $closest) where Spectral does', ({ path, closest }) => {
    expect(locateInJson(parsed, path, closest)).toEqual(Json.getLocationForJsonPath(parsed as never, path, closest));
  });

  it('finds members of large objects through the index', () => {
    expect(locateInJson(parsed, ['paths', '/item-39'])?.range.start.line).toBeGreaterThan(locateInJson(parsed, ['paths', '/item-0'])!.range.start.line);
  });
});
