import { describe, expect, it } from 'vitest';
import { schemaChangeIds } from '../schema/schema-pair.js';
import { prop, str } from './schema-fixtures.js';

const rows = [
  { name: 'enum value added', base: str({ enum: ['a'] }), head: str({ enum: ['a', 'b'] }),
    request: ['request-property-enum-value-added'], response: ['response-property-enum-value-added'] },
  { name: 'enum value removed', base: str({ enum: ['a', 'b'] }), head: str({ enum: ['a'] }),
    request: ['request-property-enum-value-removed'], response: ['response-property-enum-value-removed'] },
  { name: 'enum reordered', base: str({ enum: ['a', 'b'] }), head: str({ enum: ['b', 'a'] }), request: [], response: [] },
  { name: 'enum introduced', base: str(), head: str({ enum: ['a', 'b'] }),
    request: ['request-property-became-enum', 'request-property-enum-value-added', 'request-property-enum-value-added'],
    response: ['response-property-enum-value-added', 'response-property-enum-value-added'] },
  { name: 'x-extensible-enum value removed', base: str({ 'x-extensible-enum': ['a', 'b'] }), head: str({ 'x-extensible-enum': ['a'] }),
    request: ['request-property-x-extensible-enum-value-removed'], response: [] },
  { name: 'readOnly enum value removed', base: str({ readOnly: true, enum: ['a', 'b'] }), head: str({ readOnly: true, enum: ['a'] }),
    request: ['request-read-only-property-enum-value-removed'], response: ['response-property-enum-value-removed'] },
  { name: 'writeOnly enum value added', base: str({ writeOnly: true, enum: ['a'] }), head: str({ writeOnly: true, enum: ['a', 'b'] }),
    request: ['request-property-enum-value-added'], response: ['response-write-only-property-enum-value-added'] },
  { name: 'const added', base: str(), head: str({ const: 'a' }),
    request: ['request-property-const-added'], response: ['response-property-const-added'] },
  { name: 'const changed', base: str({ const: 'a' }), head: str({ const: 'b' }),
    request: ['request-property-const-changed'], response: ['response-property-const-changed'] },
  { name: 'const removed', base: str({ const: 'a' }), head: str(),
    request: ['request-property-const-removed'], response: ['response-property-const-removed'] },
  { name: 'default changed', base: str({ default: 'a' }), head: str({ default: 'b' }),
    request: ['request-property-default-value-changed'], response: ['response-property-default-value-changed'] },
  { name: 'default added', base: str(), head: str({ default: 'a' }),
    request: ['request-property-default-value-added'], response: ['response-property-default-value-added'] },
  { name: 'default removed', base: str({ default: 'a' }), head: str(),
    request: ['request-property-default-value-removed'], response: ['response-property-default-value-removed'] },
];

describe('schema-values', () => {
  for (const where of ['request', 'response'] as const) {
    it.each(rows)(`${where}: $name`, async (row) => {
      expect(await schemaChangeIds(prop(row.base), prop(row.head), { where, version: '3.1' })).toEqual([...row[where]].sort());
    });
  }

  it.each([
    { name: 'body enum value removed (request)', where: 'request' as const, expect: ['request-body-enum-value-removed'] },
    { name: 'body enum value removed (response)', where: 'response' as const, expect: ['response-mediatype-enum-value-removed'] },
  ])('$name', async ({ where, expect: ids }) => {
    expect(await schemaChangeIds(str({ enum: ['a', 'b'] }), str({ enum: ['a'] }), { where })).toEqual(ids);
  });

  it('reports a body becoming an enum', async () => {
    expect(await schemaChangeIds(str(), str({ enum: ['a'] }))).toEqual(['request-body-became-enum']);
  });

  it.each([
    { name: 'optional parameter default changed', required: false, expect: ['request-parameter-default-value-changed'] },
    { name: 'required parameter default changed', required: true, expect: [] },
  ])('$name', async ({ required, expect: ids }) => {
    expect(await schemaChangeIds(str({ default: 'a' }), str({ default: 'b' }), { where: 'query', required })).toEqual(ids);
  });

  it('reports parameter enum changes with parameter ids', async () => {
    expect(await schemaChangeIds(str({ enum: ['a', 'b'] }), str({ enum: ['a', 'c'] }), { where: 'query' })).toEqual([
      'request-parameter-enum-value-added',
      'request-parameter-enum-value-removed',
    ]);
    expect(await schemaChangeIds(str(), str({ enum: ['a'] }), { where: 'query' })).toEqual([
      'request-parameter-became-enum',
      'request-parameter-enum-value-added',
    ]);
  });
});
