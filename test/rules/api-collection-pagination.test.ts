import { describe, expect, it } from 'vitest';
import { oas3, operation, pathParameter, pathsFlagged } from './rule-harness.js';

const list = (schema: Record<string, unknown>, parameters: unknown[] = []) =>
  operation({ parameters, responses: { '200': { description: 'ok', content: { 'application/json': { schema } } }, '400': { description: 'x' } } });
const query = (name: string, schema: Record<string, unknown> = { type: 'string', maxLength: 64 }) => ({ name, in: 'query', schema });
const limit = (maximum?: number) => query('limit', { type: 'integer', format: 'int32', minimum: 1, ...(maximum ? { maximum } : {}) });
const arrayOfThings = { type: 'array', maxItems: 100, items: { type: 'object' } };
const envelope = (name = 'data') => ({ type: 'object', properties: { [name]: arrayOfThings } });
const paged = [limit(100), query('cursor')];

describe('api-collection-pagination', () => {
  it.each([
    { name: 'limit with a maximum and a cursor', paths: { '/things': { get: list(arrayOfThings, paged) } } },
    { name: 'page and page_size on an envelope', paths: { '/things': { get: list(envelope(), [query('page'), query('page_size', { type: 'integer', maximum: 50 })]) } } },
    { name: 'limit and offset declared on the path', paths: { '/things': { parameters: [limit(100), query('offset')], get: list(arrayOfThings) } } },
    { name: 'a nested collection, paginated', paths: { '/projects/{projectId}/members': { get: list(envelope('items'), [pathParameter('projectId'), ...paged]) } } },
    { name: 'a single item that holds items', paths: { '/orders/{orderId}': { get: list(envelope('items'), [pathParameter('orderId')]) } } },
    { name: 'an object that is not a list', paths: { '/things': { get: list({ type: 'object', properties: { total: { type: 'integer' } } }) } } },
    {
      name: 'an envelope extended with allOf through a $ref',
      paths: { '/things': { get: list({ allOf: [{ $ref: '#/components/schemas/Page' }, { type: 'object' }] }, paged) } },
    },
  ])('valid: $name', async ({ paths }) => {
    const document = oas3({ paths });
    (document.components as Record<string, unknown>).schemas = { Page: envelope('items') };
    expect(await pathsFlagged('api-collection-pagination', document)).toEqual([]);
  });

  it.each([
    { name: 'a bare array', paths: { '/things': { get: list(arrayOfThings) } }, flagged: ['paths./things.get'] },
    { name: 'an envelope without paging', paths: { '/things': { get: list(envelope(), [query('q')]) } }, flagged: ['paths./things.get'] },
    { name: 'an envelope named after the resource', paths: { '/things': { get: list(envelope('things')) } }, flagged: ['paths./things.get'] },
    { name: 'a nested collection', paths: { '/projects/{projectId}/members': { get: list(envelope('items'), [pathParameter('projectId')]) } }, flagged: ['paths./projects/{projectId}/members.get'] },
    { name: 'a limit sent as a header', paths: { '/things': { get: list(arrayOfThings, [{ name: 'limit', in: 'header' }]) } }, flagged: ['paths./things.get'] },
    { name: 'a limit without a maximum', paths: { '/things': { get: list(arrayOfThings, [limit(), query('cursor')]) } }, flagged: ['paths./things.get.parameters.0'] },
    { name: 'a cursor without a limit', paths: { '/things': { get: list(arrayOfThings, [query('cursor')]) } }, flagged: ['paths./things.get'] },
    { name: 'a limit without a cursor', paths: { '/things': { get: list(arrayOfThings, [limit(100)]) } }, flagged: ['paths./things.get'] },
  ])('invalid: $name', async ({ paths, flagged }) => {
    expect(await pathsFlagged('api-collection-pagination', oas3({ paths }))).toEqual(flagged);
  });
});
