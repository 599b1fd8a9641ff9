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

const goodRefs = ['#/components/schemas/A', '#/components/schemas/B', '#/components/schemas/Leaf'];
const hostileRefs = [...goodRefs, '#/components/schemas/Missing', 'http://127.0.0.1:9/x', '../out.yaml'];

function schemaReferring(refs: string[]) {
  return fc.letrec((tie) => ({
    schema: fc.oneof(
      { depthSize: 'small' },
      fc.record({ type: fc.constantFrom('string', 'integer', 'number', 'boolean') }, { requiredKeys: ['type'] }),
      fc.record({ type: fc.constant('object'), properties: fc.dictionary(fc.constantFrom('id', 'name', 'constructor', 'toString', 'a'), tie('schema'), { maxKeys: 3 }), required: fc.subarray(['id', 'name', 'a']) }),
      fc.record({ type: fc.constant('array'), items: tie('schema') }),
      // Inside a property or items, so that recursion through A and B is structural, never a bare $ref cycle.
      fc.record({ type: fc.constant('object'), properties: fc.record({ ref: fc.record({ $ref: fc.constantFrom(...refs) }) }) }),
    ),
  })).schema;
}

function openApiReferring(refs: string[]) {
  const schema = schemaReferring(refs);
  return fc.record({
    openapi: fc.constantFrom('3.0.3', '3.1.0'),
    info: fc.constant({ title: 't', version: '1' }),
    paths: fc.dictionary(
      fc.constantFrom('/a', '/b', '/a/{id}', '/c'),
      fc.dictionary(fc.constantFrom('get', 'post', 'delete'), fc.record({ parameters: fc.array(fc.record({ name: fc.constantFrom('q', 'id'), in: fc.constantFrom('query', 'path', 'header'), required: fc.boolean(), schema }), { maxLength: 2 }), responses: fc.dictionary(fc.constantFrom('200', '404'), fc.record({ description: fc.constant('d'), content: fc.record({ 'application/json': fc.record({ schema }) }) }), { maxKeys: 2 }) }), { maxKeys: 2 }),
      { maxKeys: 3 },
    ),
    components: fc.record({ schemas: fc.record({ A: schema, B: schema, Leaf: fc.constant({ type: 'string' }) }) }),
  });
}

/** Specs whose every $ref resolves: they all load, so every generated pair reaches the diff. */
const openApi = openApiReferring(goodRefs);
/** Specs that may also hold missing, remote and escaping $refs: refused with problems, never a throw. */
const hostileOpenApi = openApiReferring(hostileRefs);

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
        // Either a usable document, or at least one fatal problem that names the file and says why.
        const fatal = spec.problems.filter((problem) => problem.fatal);
        if (fatal.length === 0) expect(typeof spec.document).toBe('object');
        for (const problem of spec.problems) {
          expect(problem.source.file).toBe(path);
          expect(problem.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('loads any JSON value written as JSON or YAML without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 8 }), async (value) => {
        const document = { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, 'x-value': value };
        for (const [path, text] of [['spec.json', JSON.stringify(document)], ['spec.yaml', stringify(document)]] as const) {
          const spec = await withinBudget(() => loadSpec(memorySource({ [path]: text }), path, { limits }));
          // Deep values may hit the depth limit; anything else loads and keeps the value (as JSON sees it: -0 is 0).
          if (!spec.problems.some((problem) => problem.fatal)) expect(JSON.stringify(spec.document['x-value'])).toBe(JSON.stringify(value));
        }
      }),
      { numRuns: 150 },
    );
  });
});

const levels = new Set(['error', 'warning', 'info']);

describe('loadSpec on generated specs with hostile $refs', () => {
  it('loads or refuses each, naming the file, without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(hostileOpenApi, async (document) => {
        const spec = await withinBudget(() => loadSpec(memorySource({ 'openapi.json': JSON.stringify(document) }), 'openapi.json', { limits }));
        for (const problem of spec.problems) expect(problem.source.file).toBe('openapi.json');
      }),
      { numRuns: 100 },
    );
  });
});

describe('diffSpecs on arbitrary specs', () => {
  it('compares any two generated specs without throwing, and a spec with itself finds nothing', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(openApi, openApi, async (base, head) => {
        const [baseSpec, headSpec] = await Promise.all([
          loadSpec(memorySource({ 'openapi.json': JSON.stringify(base) }), 'openapi.json', { limits }),
          loadSpec(memorySource({ 'openapi.json': JSON.stringify(head) }), 'openapi.json', { limits }),
        ]);
        if (baseSpec.problems.some((problem) => problem.fatal) || headSpec.problems.some((problem) => problem.fatal)) return;
        const options = { config: defaultConfig.breaking, now: new Date('2026-01-01') };
        const started = Date.now();
        const changes = diffSpecs(baseSpec, headSpec, options);
        expect(Date.now() - started).toBeLessThan(budgetMs);
        compared += 1;
        for (const change of changes) {
          expect(change.id).toMatch(/^[a-z0-9-]+$/);
          expect(levels.has(change.level)).toBe(true);
        }
        expect(diffSpecs(baseSpec, baseSpec, options)).toEqual([]);
      }),
      { numRuns: 200 },
    );
    // Every generated pair must reach the diff, or this property would say nothing.
    expect(compared).toBe(200);
  });
});
