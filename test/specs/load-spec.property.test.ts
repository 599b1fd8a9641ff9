// Property-based: whatever text arrives, the loader answers with a spec or problems — never an
// exception — and the diff engine compares any two loaded specs without throwing, each within a
// work budget (generous: this guards against blow-ups, not speed).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { diffSpecs } from '../../src/diff/diff-specs.js';
import { defaultConfig } from '../../src/config/config-schema.js';
import { loadSpec } from '../../src/specs/load-spec.js';
import { memorySource } from '../../src/specs/memory-source.js';

const budgetMs = 5_000;
const limits = { depth: 50, yaml_aliases: 100 };

/** Text made mostly of the characters that build structure, so nesting and quoting get exercised. */
const structuralText = fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', "'", ':', ',', '-', ' ', '\n', '&a', '*a', '#', 'a', '$ref', '|', '\\'), maxLength: 400 });

const schema = fc.letrec((tie) => ({
  schema: fc.oneof(
    { depthSize: 'small' },
    fc.record({ type: fc.constantFrom('string', 'integer', 'number', 'boolean') }, { requiredKeys: ['type'] }),
    fc.record({ type: fc.constant('object'), properties: fc.dictionary(fc.constantFrom('id', 'name', 'constructor', 'toString', 'a'), tie('schema'), { maxKeys: 3 }), required: fc.subarray(['id', 'name', 'a']) }),
    fc.record({ type: fc.constant('array'), items: tie('schema') }),
    fc.record({ $ref: fc.constantFrom('#/components/schemas/A', '#/components/schemas/B', '#/components/schemas/Missing', 'http://127.0.0.1:9/x', '../out.yaml') }),
  ),
})).schema;

const openApi = fc.record({
  openapi: fc.constantFrom('3.0.3', '3.1.0'),
  info: fc.constant({ title: 't', version: '1' }),
  paths: fc.dictionary(
    fc.constantFrom('/a', '/b', '/a/{id}', '/c'),
    fc.dictionary(fc.constantFrom('get', 'post', 'delete'), fc.record({ parameters: fc.array(fc.record({ name: fc.constantFrom('q', 'id'), in: fc.constantFrom('query', 'path', 'header'), required: fc.boolean(), schema }), { maxLength: 2 }), responses: fc.dictionary(fc.constantFrom('200', '404'), fc.record({ description: fc.constant('d'), content: fc.record({ 'application/json': fc.record({ schema }) }) }), { maxKeys: 2 }) }), { maxKeys: 2 }),
    { maxKeys: 3 },
  ),
  components: fc.record({ schemas: fc.record({ A: schema, B: schema }) }),
});

async function withinBudget<T>(work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  expect(Date.now() - started).toBeLessThan(budgetMs);
  return result;
}

describe('loadSpec on arbitrary input', () => {
  it('answers structural noise with problems, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(structuralText, fc.constantFrom('spec.yaml', 'spec.json'), async (text, path) => {
        const spec = await withinBudget(() => loadSpec(memorySource({ [path]: `openapi: 3.0.3\n${text}` }), path, { limits }));
        expect(Array.isArray(spec.problems)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('loads any JSON value written as JSON or YAML without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 8 }), async (value) => {
        const document = { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, 'x-value': value };
        for (const [path, text] of [['spec.json', JSON.stringify(document)], ['spec.yaml', stringify(document)]] as const) {
          await withinBudget(() => loadSpec(memorySource({ [path]: text }), path, { limits }));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('diffSpecs on arbitrary specs', () => {
  it('compares any two generated specs without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(openApi, openApi, async (base, head) => {
        const [baseSpec, headSpec] = await Promise.all([
          loadSpec(memorySource({ 'openapi.json': JSON.stringify(base) }), 'openapi.json', { limits }),
          loadSpec(memorySource({ 'openapi.json': JSON.stringify(head) }), 'openapi.json', { limits }),
        ]);
        if (baseSpec.problems.some((problem) => problem.fatal) || headSpec.problems.some((problem) => problem.fatal)) return;
        const started = Date.now();
        const changes = diffSpecs(baseSpec, headSpec, { config: defaultConfig.breaking, now: new Date('2026-01-01') });
        expect(Date.now() - started).toBeLessThan(budgetMs);
        expect(Array.isArray(changes)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
