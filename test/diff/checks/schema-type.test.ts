import { describe, expect, it } from 'vitest';
import { schemaChangeIds } from '../schema/schema-pair.js';
import { prop } from './schema-fixtures.js';

interface Row {
  name: string;
  base: Record<string, unknown>;
  head: Record<string, unknown>;
  request: string[];
  response: string[];
  version?: '3.0' | '3.1';
}

const int = (format?: string): Record<string, unknown> => ({ type: 'integer', ...(format ? { format } : {}) });

const rows: Row[] = [
  { name: 'int32 -> int64', base: int('int32'), head: int('int64'),
    request: ['request-property-type-generalized'], response: ['response-property-type-changed'] },
  { name: 'integer -> number', base: int(), head: { type: 'number' },
    request: ['request-property-type-generalized'], response: ['response-property-type-generalized'] },
  { name: 'number -> integer', base: { type: 'number' }, head: int(),
    request: ['request-property-type-changed'], response: ['response-property-type-specialized'] },
  { name: 'string -> integer', base: { type: 'string' }, head: int(),
    request: ['request-property-type-changed'], response: ['response-property-type-changed'] },
  { name: 'float -> double', base: { type: 'number', format: 'float' }, head: { type: 'number', format: 'double' },
    request: ['request-property-type-generalized'], response: ['response-property-type-changed'] },
  { name: 'date -> date-time', base: { type: 'string', format: 'date' }, head: { type: 'string', format: 'date-time' },
    request: ['request-property-type-generalized'], response: ['response-property-type-changed'] },
  { name: 'format added', base: { type: 'string' }, head: { type: 'string', format: 'uuid' },
    request: ['request-property-type-changed'], response: ['response-property-type-specialized'] },
  { name: 'nullable: true added', base: { type: 'string' }, head: { type: 'string', nullable: true },
    request: ['request-property-became-nullable'], response: ['response-property-became-nullable'] },
  { name: 'nullable removed', base: { type: 'string', nullable: true }, head: { type: 'string' },
    request: ['request-property-became-not-nullable'], response: ['response-property-became-not-nullable'] },
  { name: '3.1 "null" added to the type array (no type change)', base: { type: 'string' }, head: { type: ['string', 'null'] }, version: '3.1',
    request: ['request-property-became-nullable'], response: ['response-property-became-nullable'] },
  { name: '3.1 oneOf-null wrapper', base: { type: 'string', maxLength: 3 }, head: { oneOf: [{ type: 'null' }, { type: 'string', maxLength: 3 }] }, version: '3.1',
    request: ['request-property-became-nullable'], response: ['response-property-became-nullable'] },
  { name: '3.1 oneOf-null wrapper removed', base: { oneOf: [{ type: 'string' }, { type: 'null' }] }, head: { type: 'string' }, version: '3.1',
    request: ['request-property-became-not-nullable'], response: ['response-property-became-not-nullable'] },
  { name: 'scalar -> oneOf of scalar types', base: { type: 'string' }, head: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
    request: ['request-property-list-of-types-widened'], response: ['response-property-list-of-types-widened'] },
  { name: 'oneOf of scalar types loses one', base: { anyOf: [{ type: 'string' }, { type: 'integer' }] }, head: { anyOf: [{ type: 'string' }] },
    request: ['request-property-list-of-types-narrowed'], response: ['response-property-list-of-types-narrowed'] },
  { name: 'type on a readOnly property', base: { type: 'string', readOnly: true }, head: { type: 'integer', readOnly: true },
    request: [], response: ['response-property-type-changed'] },
];

describe('schema-type', () => {
  for (const where of ['request', 'response'] as const) {
    it.each(rows)(`${where}: $name`, async (row) => {
      expect(await schemaChangeIds(prop(row.base), prop(row.head), { where, version: row.version })).toEqual(row[where]);
    });
  }

  it.each([
    { name: 'body type change', base: { type: 'string' }, head: { type: 'integer' }, where: 'request' as const, expect: ['request-body-type-changed'] },
    { name: 'body type generalized', base: { type: 'integer' }, head: { type: 'number' }, where: 'response' as const, expect: ['response-body-type-generalized'] },
    { name: 'body becomes nullable', base: { type: 'object' }, head: { type: 'object', nullable: true }, where: 'response' as const, expect: ['response-body-became-nullable'] },
  ])('root: $name', async ({ base, head, where, expect: ids }) => {
    expect(await schemaChangeIds(base, head, { where })).toEqual(ids);
  });

  it.each([
    { name: 'query string -> integer', base: { type: 'string' }, head: { type: 'integer' }, expect: ['request-parameter-type-changed'] },
    { name: 'query integer -> string', base: { type: 'integer' }, head: { type: 'string' }, expect: ['request-parameter-type-generalized'] },
  ])('parameter: $name', async ({ base, head, expect: ids }) => {
    expect(await schemaChangeIds(base, head, { where: 'query' })).toEqual(ids);
  });

  it('reports a swap in a non-JSON body as compatible', async () => {
    expect(await schemaChangeIds(prop({ type: 'integer' }), prop({ type: 'string' }), { mediaType: 'application/x-www-form-urlencoded' })).toEqual([
      'request-property-type-compatible',
    ]);
    expect(await schemaChangeIds(prop({ type: 'object' }), prop({ type: 'boolean' }), { mediaType: 'text/plain' })).toEqual([
      'request-property-type-changed',
    ]);
    expect(await schemaChangeIds(prop({ type: 'integer' }), prop({ type: 'boolean' }), { mediaType: 'text/plain', where: 'response' })).toEqual([
      'response-property-type-changed',
    ]);
  });

  it('judges response header types as text', async () => {
    expect(await schemaChangeIds({ type: 'integer' }, { type: 'number' }, { where: 'response-header' })).toEqual(['response-header-type-generalized']);
    expect(await schemaChangeIds({ type: 'number' }, { type: 'integer' }, { where: 'response-header' })).toEqual(['response-header-type-specialized']);
    expect(await schemaChangeIds({ type: 'string' }, { type: 'string', nullable: true }, { where: 'response-header' })).toEqual(['response-header-became-nullable']);
  });
});
