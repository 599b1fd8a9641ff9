// The positioned parse of a JSON file must be what Spectral's own JSON parser makes of it: the
// same tree (every node's type, value, offsets and range locate results and lines) and the same
// data, keys in the order written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import spectralParsers from '@stoplight/spectral-parsers';
import { describe, expect, it } from 'vitest';
import { hasSharedMaterial, sharedPath } from '../shared-material.js';
import { parseFile } from '../../src/specs/parse-file.js';

const { parseJson } = spectralParsers;
const limits = { yamlAliases: 100, depth: 256 };

interface Node {
  type: string;
  children?: Node[];
  [field: string]: unknown;
}

/** The tree without its `parent` links (cycles), every other field kept. */
function tree(node: Node | undefined): unknown {
  if (node === undefined) return undefined;
  const { parent: _parent, children, ...fields } = node;
  return { ...fields, ...(children ? { children: children.map(tree) } : {}) };
}

/** The value with every object as its list of [key, value] in `Object.keys` order. */
function shape(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(shape);
  return Object.keys(value).map((key) => [key, shape((value as Record<string, unknown>)[key])]);
}

function expectLikeSpectral(text: string): void {
  const outcome = parseFile('api.json', new TextEncoder().encode(text), limits);
  if (!outcome.ok) throw new Error(outcome.message);
  const ours = outcome.file.parserResult();
  const spectral = parseJson(text);
  expect(tree(ours.ast as unknown as Node)).toEqual(tree(spectral.ast as unknown as Node));
  expect(ours.lineMap).toEqual(spectral.lineMap);
  expect(ours.diagnostics).toEqual(spectral.diagnostics);
  expect(shape(ours.data)).toEqual(shape(spectral.data));
}

describe('the positioned parse of a JSON file', () => {
  it.each([
    ['a small description', '{\n  "openapi": "3.1.0",\n  "info": { "title": "t", "version": "1" },\n  "paths": {}\n}\n'],
    ['integer-like keys after others', '{"responses": {"default": {"description": "d"}, "404": {}, "200": {}}}'],
    ['arrays, numbers, escapes and empty containers', '[1, -0, 1e400, "\\u00e9", [], {}, {"": null, "a": [true, false]}]'],
    ['many members in one object', `{${Array.from({ length: 300 }, (_, index) => `"k${index}": ${index}`).join(', ')}}`],
    ['a scalar', ' "just text" '],
  ])('is Spectral’s: %s', (_name, text) => {
    expectLikeSpectral(text);
  });

  const corpus = sharedPath('corpus');
  const title = 'is Spectral’s for a large real description (GitHub’s, base)';
  it.skipIf(!hasSharedMaterial(corpus, title))(title, () => {
    expectLikeSpectral(readFileSync(join(corpus, 'github', 'base.json'), 'utf8'));
  }, 120_000);
});
