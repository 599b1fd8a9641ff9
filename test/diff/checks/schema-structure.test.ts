import { describe, expect, it } from 'vitest';
import { schemaChangeIds } from '../schema/schema-pair.js';
import { obj, prop, str } from './schema-fixtures.js';

const ref = (name: string): Record<string, unknown> => ({ $ref: `#/components/schemas/${name}` });
const components = { Cat: obj({ meow: str() }), Dog: obj({ bark: str() }), Fox: obj({ say: str() }) };
const withComponents = { baseComponents: components, headComponents: components };

const rows = [
  { name: 'oneOf member added', base: { oneOf: [ref('Cat'), ref('Dog')] }, head: { oneOf: [ref('Cat'), ref('Dog'), ref('Fox')] },
    request: ['request-property-one-of-added'], response: ['response-property-one-of-added'] },
  { name: 'oneOf member removed', base: { oneOf: [ref('Cat'), ref('Dog')] }, head: { oneOf: [ref('Cat')] },
    request: ['request-property-one-of-removed'], response: ['response-property-one-of-removed'] },
  { name: 'oneOf reordered', base: { oneOf: [ref('Cat'), ref('Dog')] }, head: { oneOf: [ref('Dog'), ref('Cat')] }, request: [], response: [] },
  { name: 'oneOf member inlined', base: { oneOf: [ref('Cat'), ref('Dog')] }, head: { oneOf: [obj({ meow: str() }), ref('Dog')] }, request: [], response: [] },
  { name: 'anyOf member added', base: { anyOf: [ref('Cat'), ref('Dog')] }, head: { anyOf: [ref('Cat'), ref('Dog'), ref('Fox')] },
    request: ['request-property-any-of-added'], response: ['response-property-any-of-added'] },
  { name: 'anyOf member removed', base: { anyOf: [ref('Cat'), ref('Dog')] }, head: { anyOf: [ref('Cat')] },
    request: ['request-property-any-of-removed'], response: ['response-property-any-of-removed'] },
  // oasdiff check_*_property_{any,one,all}_of_updated.go: one change lists every member added (or removed) at once.
  { name: 'two anyOf members added, one change', base: { anyOf: [ref('Cat')] }, head: { anyOf: [ref('Cat'), ref('Dog'), ref('Fox')] },
    request: ['request-property-any-of-added'], response: ['response-property-any-of-added'] },
  { name: 'two oneOf members removed, one change', base: { oneOf: [ref('Cat'), ref('Dog'), ref('Fox')] }, head: { oneOf: [ref('Cat')] },
    request: ['request-property-one-of-removed'], response: ['response-property-one-of-removed'] },
  { name: 'allOf: constraining and annotation-only members added, one change each', base: { allOf: [ref('Cat')] },
    head: { allOf: [ref('Cat'), ref('Dog'), ref('Fox'), { description: 'A cat.' }, { title: 'Cat' }] },
    request: ['request-property-all-of-added', 'request-property-all-of-added-annotation-only'],
    response: ['response-property-all-of-added', 'response-property-all-of-added-annotation-only'] },
  { name: 'allOf member added', base: { allOf: [ref('Cat')] }, head: { allOf: [ref('Cat'), ref('Dog')] },
    request: ['request-property-all-of-added'], response: ['response-property-all-of-added'] },
  { name: 'allOf member removed', base: { allOf: [ref('Cat'), ref('Dog')] }, head: { allOf: [ref('Cat')] },
    request: ['request-property-all-of-removed'], response: ['response-property-all-of-removed'] },
  { name: 'annotation-only allOf member added', base: { allOf: [ref('Cat')] }, head: { allOf: [ref('Cat'), { description: 'A cat.' }] },
    request: ['request-property-all-of-added-annotation-only'], response: ['response-property-all-of-added-annotation-only'] },
  // Ours (oasdiff is silent): a client sending fields the schema did not name is now rejected.
  { name: 'additionalProperties: false added', base: obj({ a: str() }), head: { ...obj({ a: str() }), additionalProperties: false },
    request: ['request-property-additional-properties-narrowed'], response: [] },
  { name: 'additionalProperties: true to false', base: { ...obj({ a: str() }), additionalProperties: true }, head: { ...obj({ a: str() }), additionalProperties: false },
    request: ['request-property-additional-properties-narrowed'], response: [] },
  { name: 'additionalProperties: a schema where any was allowed', base: obj({ a: str() }), head: { ...obj({ a: str() }), additionalProperties: str() },
    request: ['request-property-additional-properties-narrowed'], response: [] },
  { name: 'additionalProperties: schema to false', base: { ...obj({ a: str() }), additionalProperties: str() }, head: { ...obj({ a: str() }), additionalProperties: false },
    request: ['request-property-additional-properties-narrowed'], response: [] },
  { name: 'additionalProperties: false removed', base: { ...obj({ a: str() }), additionalProperties: false }, head: obj({ a: str() }), request: [], response: [] },
  { name: 'additionalProperties: {} is no constraint', base: obj({ a: str() }), head: { ...obj({ a: str() }), additionalProperties: {} }, request: [], response: [] },
  { name: 'change inside a matched oneOf member', base: { oneOf: [obj({ a: str({ maxLength: 9 }) }, ['a']), ref('Dog')] },
    head: { oneOf: [obj({ a: str({ maxLength: 3 }) }, ['a']), ref('Dog')] },
    request: ['request-property-max-length-decreased'], response: [] },
  { name: 'discriminator added', base: obj({ kind: str() }), head: { ...obj({ kind: str() }), discriminator: { propertyName: 'kind' } },
    request: ['request-property-discriminator-added'], response: ['response-property-discriminator-added'] },
  { name: 'discriminator mapping added', base: { ...obj({ kind: str() }), discriminator: { propertyName: 'kind' } },
    head: { ...obj({ kind: str() }), discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat' } } },
    request: ['request-property-discriminator-mapping-added'], response: ['response-property-discriminator-mapping-added'] },
  { name: 'if added', base: obj({ a: str() }), head: { ...obj({ a: str() }), if: { required: ['a'] }, then: { required: ['b'] } },
    request: ['request-property-if-added', 'request-property-then-added'], response: ['response-property-if-added', 'response-property-then-added'] },
  { name: 'contains added', base: { type: 'array', items: str() }, head: { type: 'array', items: str(), contains: str({ const: 'x' }) },
    request: ['request-property-contains-added'], response: ['response-property-contains-added'] },
  { name: 'prefixItems entry added', base: { type: 'array', prefixItems: [str()] }, head: { type: 'array', prefixItems: [str(), str()] },
    request: ['request-property-prefix-items-added'], response: ['response-property-prefix-items-added'] },
  { name: 'dependentRequired added', base: obj({ a: str(), b: str() }), head: { ...obj({ a: str(), b: str() }), dependentRequired: { a: ['b'] } },
    request: ['request-property-dependent-required-added'], response: ['response-property-dependent-required-added'] },
  { name: 'patternProperties entry removed', base: { type: 'object', patternProperties: { '^x-': str() } }, head: { type: 'object' },
    request: ['request-property-pattern-property-removed'], response: ['response-property-pattern-property-removed'] },
  { name: 'propertyNames added', base: { type: 'object' }, head: { type: 'object', propertyNames: { pattern: '^[a-z]+$' } },
    request: ['request-property-property-names-added'], response: ['response-property-property-names-added'] },
  { name: 'unevaluatedProperties: false added', base: obj({ a: str() }), head: { ...obj({ a: str() }), unevaluatedProperties: false },
    request: ['request-property-unevaluated-properties-added'], response: ['response-property-unevaluated-properties-added'] },
  { name: 'change below additionalProperties', base: { type: 'object', additionalProperties: str({ maxLength: 9 }) },
    head: { type: 'object', additionalProperties: str({ maxLength: 3 }) }, request: ['request-property-max-length-decreased'], response: [] },
];

describe('schema-structure', () => {
  for (const where of ['request', 'response'] as const) {
    it.each(rows)(`${where}: $name`, async (row) => {
      const ids = await schemaChangeIds(prop(row.base), prop(row.head), { where, version: '3.1', ...withComponents });
      expect(ids).toEqual([...row[where]].sort());
    });
  }

  it.each([
    { where: 'request' as const, expect: ['request-body-wrapped-in-one-of'] },
    { where: 'response' as const, expect: ['response-body-wrapped-in-one-of'] },
  ])('$where: object body wrapped in oneOf is one change', async ({ where, expect: ids }) => {
    const base = obj({ meow: str(), bark: str() });
    const head = { oneOf: [obj({ meow: str() }), obj({ bark: str() })] };
    expect(await schemaChangeIds(base, head, { where })).toEqual(ids);
  });

  it('reports additionalProperties: false on the request body root with its body id', async () => {
    const ids = await schemaChangeIds(obj({ a: str() }), { ...obj({ a: str() }), additionalProperties: false }, { where: 'request' });
    expect(ids).toEqual(['request-body-additional-properties-narrowed']);
  });

  it('reports body-level oneOf changes with body ids', async () => {
    const ids = await schemaChangeIds({ oneOf: [ref('Cat')] }, { oneOf: [ref('Cat'), ref('Dog')] }, { where: 'response', ...withComponents });
    expect(ids).toEqual(['response-body-one-of-added']);
  });
});
