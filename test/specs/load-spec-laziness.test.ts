// A JSON description is loaded and located from its text alone (no positioned parse of
// Spectral's: a node for every value, seconds on a large description): the loader locates a
// `$ref` only when it reports a problem about it, and lines come from the text.
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/specs/load-spec.js';
import { memorySource } from '../../src/specs/memory-source.js';

const specWithRef = (target: string): string =>
  JSON.stringify(
    {
      openapi: '3.0.3',
      info: { title: 'Pets', version: '1.0.0' },
      paths: { '/pets': { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: target } } } } } } } },
      components: { schemas: { Pet: { type: 'object' }, ...(target.endsWith('Loop') ? { Loop: { $ref: target } } : {}) } },
    },
    null,
    2,
  );

describe('loadSpec of JSON locates references lazily', () => {
  it('loads a description whose references all resolve without a problem', async () => {
    const spec = await loadSpec(memorySource({ 'openapi.json': specWithRef('#/components/schemas/Pet'), 'pet.json': '{"type": "string"}' }), 'openapi.json');
    expect(spec.problems).toEqual([]);
  });

  it('locates values, and the closest ancestor of missing ones, from the text', async () => {
    const text = specWithRef('#/components/schemas/Pet');
    const spec = await loadSpec(memorySource({ 'openapi.json': text }), 'openapi.json');
    const lineOf = (needle: string): number => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
    expect(spec.locate('openapi.json', ['paths', '/pets', 'get', 'responses', '200'])).toMatchObject({ line: lineOf('"200"') });
    expect(spec.locate('openapi.json', ['components', 'schemas', 'Gone', 'type'])).toMatchObject({ line: lineOf('"schemas"') });
  });

  it.each([
    { case: 'a missing target', target: '#/components/schemas/Nothing', code: 'ref-missing' },
    { case: 'a missing file', target: './absent.json', code: 'file-missing' },
    { case: 'a cycle', target: '#/components/schemas/Loop', code: 'ref-cycle' },
  ])('still names the line of the reference behind $case', async ({ target, code }) => {
    const text = specWithRef(target);
    const spec = await loadSpec(memorySource({ 'openapi.json': text }), 'openapi.json');
    const found = spec.problems.find((problem) => problem.code === code);
    const refLine = text.split('\n').findIndex((line) => line.includes(`"$ref": "${target}"`)) + 1;
    expect(found?.source).toEqual({ file: 'openapi.json', line: refLine });
  });
});
