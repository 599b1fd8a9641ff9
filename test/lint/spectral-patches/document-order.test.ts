// The data Spectral lints must be what its own JSON parser makes of the text: the same values,
// and every object's keys in the order written (what `Object.keys` and Spectral's `trapAccess`
// list), also where JavaScript would list integer-like keys first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import spectralParsers from '@stoplight/spectral-parsers';
import { describe, expect, it } from 'vitest';
import { hasSharedMaterial, sharedPath } from '../../shared-material.js';
import { inWrittenOrder } from '../../../src/lint/spectral-patches/document-order.js';
import { jsonTextLocator } from '../../../src/specs/json-text-locator.js';

const { parseJson, Json } = spectralParsers;

/** The value with every object written as its list of [key, value] in `Object.keys` order. */
function shape(value: unknown, keysOf: (object: object) => string[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => shape(item, keysOf));
  return keysOf(value).map((key) => [key, shape((value as Record<string, unknown>)[key], keysOf)]);
}

/** The data the lint hands Spectral: `JSON.parse`'s, in the order the text writes (json-text-target.ts). */
const inTextOrder = (data: unknown, text: string): unknown => inWrittenOrder(data, jsonTextLocator(text).writtenKeys);

/** What our data and Spectral's parse say, read plainly and through Spectral's `trapAccess`. */
function bothReadings(text: string, order: (data: unknown, text: string) => unknown): { ours: unknown[]; spectral: unknown[] } {
  const parsed = parseJson(text);
  const ours = order(JSON.parse(text), text);
  const trapped = (object: object) => Object.keys(Json.trapAccess(object as Record<string, unknown>));
  return { ours: [shape(ours, Object.keys), shape(ours, trapped)], spectral: [shape(parsed.data, Object.keys), shape(parsed.data, trapped)] };
}

describe('inWrittenOrder', () => {
  const cases: Array<[string, string]> = [
    ['no integer-like keys', '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}}'],
    ['integer-like keys after others', '{"responses": {"default": {"description": "d"}, "404": {"description": "n"}, "200": {"description": "o"}}}'],
    ['integer-like keys in ascending order, first', '{"200": 1, "404": 2, "default": 3}'],
    ['integer-like keys descending', '{"500": 1, "2": 2}'],
    ['keys that only look like integers', '{"b": 1, "007": 2, "-1": 3, "4294967295": 4, "4294967294": 5, "1.5": 6}'],
    ['nested below a reordered object, and in arrays', '{"x": [{"z": 1, "10": {"b": 1, "3": 2}}, 5, null], "2": {"a": {"c": 1, "1": 2}}}'],
    ['empty containers and an empty key', '{"": {}, "9": [], "a": [[]]}'],
    ['numbers and escapes', '{"n": [1e400, -0, 0.1, 12345678901234567890], "s": "\\u00e9\\ud83d\\ude00\\n", "1": true}'],
    ['a top-level array', '[{"1": 1, "a": 2}]'],
    ['a scalar document', '42'],
    ['keys written apart from their values', '{ "b" :\n 1 ,\r\n "3"\t: { "z": [ {"9": 0, "8": 1} ] } }'],
  ];
  it.each(cases)('reads as Spectral’s parse does: %s', (_name, text) => {
    const { ours, spectral } = bothReadings(text, inTextOrder);
    expect(ours).toEqual(spectral);
  });

  it('keeps objects that need no change, and does not change the data it is given', () => {
    const text = '{"info": {"title": "t"}, "paths": {"/a": {"get": {"responses": {"default": {}, "200": {}}}}}}';
    const data = JSON.parse(text) as { info: object; paths: Record<string, { get: { responses: object } }> };
    const ordered = inTextOrder(data, text) as typeof data;
    expect(ordered.info).toBe(data.info);
    expect(Object.keys(ordered.paths['/a']!.get.responses)).toEqual(['default', '200']);
    expect(Object.keys(data.paths['/a']!.get.responses)).toEqual(['200', 'default']);
  });

  // Spectral's parse turns such a key into the object's prototype; the loader refuses files with
  // one before anything is linted, and JSON.parse's own member is kept here as it is.
  it('keeps a key named __proto__ a plain member', () => {
    const text = '{"b": 1, "__proto__": {"polluted": true}, "0": 2}';
    const ordered = inTextOrder(JSON.parse(text), text) as Record<string, unknown>;
    expect(Object.keys(ordered)).toEqual(['b', '__proto__', '0']);
    expect(Object.getPrototypeOf(ordered)).toBe(Object.prototype);
  });

  const corpus = sharedPath('corpus');
  const title = 'reads a large real description as Spectral’s parse does (GitHub’s, head)';
  it.skipIf(!hasSharedMaterial(corpus, title))(title, () => {
    const text = readFileSync(join(corpus, 'github', 'head.json'), 'utf8');
    const { ours, spectral } = bothReadings(text, inTextOrder);
    expect(ours).toEqual(spectral);
  }, 240_000);
});
