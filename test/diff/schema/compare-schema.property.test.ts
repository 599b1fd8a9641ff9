import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schemaChanges, type Where } from './schema-pair.js';

// Generated schemas: a small grammar over the keywords the comparator reads.
const scalar = fc.record(
  {
    type: fc.constantFrom('string', 'integer', 'number', 'boolean'),
    format: fc.constantFrom('int32', 'int64', 'date', 'uuid'),
    maxLength: fc.nat(20),
    minimum: fc.integer({ min: -5, max: 5 }),
    enum: fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { minLength: 1 }),
    pattern: fc.constantFrom('^a', '.*'),
    nullable: fc.boolean(),
    readOnly: fc.boolean(),
    default: fc.constantFrom('a', 1),
  },
  { requiredKeys: [] },
);

const { schema } = fc.letrec<{ schema: Record<string, unknown> }>((tie) => ({
  schema: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.record({
      type: fc.constant('object'),
      properties: fc.dictionary(fc.constantFrom('id', 'name', 'tags', 'owner'), tie('schema'), { maxKeys: 3 }),
      required: fc.uniqueArray(fc.constantFrom('id', 'name', 'tags', 'owner'), { maxLength: 2 }),
    }),
    fc.record({ type: fc.constant('array'), items: tie('schema'), minItems: fc.nat(3) }, { requiredKeys: ['type', 'items'] }),
    fc.record({ oneOf: fc.array(tie('schema'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ allOf: fc.array(tie('schema'), { minLength: 1, maxLength: 2 }) }),
  ),
}));

const where = fc.constantFrom<Where>('request', 'response', 'query', 'response-header');

describe('compareSchema properties', () => {
  it('reports nothing when a schema is compared with itself', async () => {
    await fc.assert(
      fc.asyncProperty(schema, where, async (value, at) => {
        expect(await schemaChanges(value, value, { where: at })).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('reports nothing when an inline subschema moves into a component', async () => {
    await fc.assert(
      fc.asyncProperty(schema, schema, where, async (inner, outer, at) => {
        const base = { type: 'object', properties: { moved: inner, other: outer } };
        const head = { type: 'object', properties: { moved: { $ref: '#/components/schemas/Moved' }, other: outer } };
        expect(await schemaChanges(base, head, { where: at, headComponents: { Moved: inner } })).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('never throws on two unrelated schemas', async () => {
    await fc.assert(
      fc.asyncProperty(schema, schema, where, async (base, head, at) => {
        await schemaChanges(base, head, { where: at });
      }),
      { numRuns: 80 },
    );
  });
});
