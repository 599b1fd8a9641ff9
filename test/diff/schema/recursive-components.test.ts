// The schema comparator on a generated description shaped like Stripe's: every component refers
// to every other one through an `anyOf` "expandable field", and many operations use them. The
// work must grow with the pairs of components, not with the paths between them (which grow
// factorially), and each operation must report each change once.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { diffSpecs } from '../../../src/diff/diff-specs.js';
import { memoFor } from '../../../src/diff/schema/schema-memo.js';
import { breakingConfig, load, NOW } from '../spec-pair.js';

const COMPONENTS = 9;
const OPERATIONS = 30;

function component(index: number, nameLength: number): Record<string, unknown> {
  const properties: Record<string, unknown> = { name: { type: 'string', maxLength: nameLength } };
  for (let other = 0; other < COMPONENTS; other++) {
    if (other === index) continue;
    properties[`link_${other}`] = { anyOf: [{ type: 'string', maxLength: 5000 }, { $ref: `#/components/schemas/C${other}` }] };
  }
  properties.children = { type: 'array', items: { $ref: `#/components/schemas/C${index}` } };
  return { type: 'object', properties };
}

function description(nameLength: number): string {
  const paths: Record<string, unknown> = {};
  for (let operation = 0; operation < OPERATIONS; operation++) {
    const schema = { $ref: `#/components/schemas/C${operation % COMPONENTS}` };
    paths[`/things${operation}`] = {
      post: {
        requestBody: { content: { 'application/json': { schema } } },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } },
      },
    };
  }
  const schemas = Object.fromEntries(Array.from({ length: COMPONENTS }, (_, index) => [`C${index}`, component(index, nameLength)]));
  return stringify({ openapi: '3.0.3', info: { title: 'Mesh', version: '1' }, paths, components: { schemas } });
}

describe('schema comparison of mutually recursive components', () => {
  it('compares each pair once per context and reports each change once per operation', async () => {
    const base = await load(description(10));
    const head = await load(description(20));
    const changes = diffSpecs(base, head, { config: breakingConfig(), now: NOW });

    // Every `name` grew: each operation's response reaches all components, each reported once.
    const raised = changes.filter((change) => change.id === 'response-property-max-length-increased');
    expect(raised).toHaveLength(OPERATIONS * COMPONENTS);
    
    const first = raised.filter((change) => change.operation === 'POST /things0').map((change) => change.message);
    expect(new Set(first).size).toBe(COMPONENTS);

    // Two contexts (request and response body); per context a component is compared once below
    // the root and once at it, each comparison visiting its properties and anyOf members inline.
    const { work } = memoFor(base, head);
    const perComponent = 3 * COMPONENTS;
    expect(work.comparisons).toBeLessThanOrEqual(2 * 2 * COMPONENTS * perComponent);
    expect(work.expansions).toBeLessThanOrEqual(2 * 2 * COMPONENTS * COMPONENTS);
  });
});
