import { describe, expect, it } from 'vitest';
import { messagesFlagged, oas3, operation, pathsFlagged } from './rule-harness.js';

type Json = Record<string, unknown>;
const text = { type: 'string', maxLength: 10 };
const withSchemas = (schemas: Json, query: string[] = []) => {
  const document = oas3({
    paths: { '/things': { get: operation({ parameters: query.map((name) => ({ name, in: 'query', schema: text })) }) } },
  });
  (document.components as Json).schemas = schemas;
  return document;
};
const object = (...names: string[]) => ({ type: 'object', properties: Object.fromEntries(names.map((name) => [name, text])) });

describe('api-property-casing', () => {
  it.each([
    { name: 'camelCase throughout', document: withSchemas({ Order: object('orderId', 'createdAt', 'total') }, ['pageSize']) },
    { name: 'snake_case throughout', document: withSchemas({ Order: object('order_id', 'created_at', 'total') }, ['page_size']) },
    { name: 'single words only', document: withSchemas({ Order: object('id', 'name', 'total') }) },
    { name: 'HAL and JSON-LD names', document: withSchemas({ Order: object('order_id', '_links', '@type') }) },
    { name: 'data used as keys', document: withSchemas({ Reactions: object('total_count', '+1', '-1') }) },
    { name: 'deep-object query names', document: withSchemas({ Order: object('order_id', 'created_at') }, ['page[size]', 'filter[created_at]']) },
    { name: 'header names are not properties', document: oas3({ paths: { '/things': { get: operation({ parameters: [{ name: 'X-Request-Id', in: 'header', schema: text }] }) } } }) },
  ])('valid: $name', async ({ document }) => {
    expect(await pathsFlagged('api-property-casing', document)).toEqual([]);
  });

  it.each([
    {
      name: 'one camelCase name in a snake_case API',
      document: withSchemas({ Order: object('order_id', 'created_at', 'updatedAt'), Item: object('item_id', 'unit_price') }),
      flagged: ['components.schemas.Order.properties.updatedAt'],
      says: 'is not snake_case: this API uses snake_case (4 of 5',
    },
    {
      name: 'one snake_case name in a camelCase API',
      document: withSchemas({ Order: object('orderId', 'createdAt', 'updated_at') }),
      flagged: ['components.schemas.Order.properties.updated_at'],
      says: 'is not camelCase',
    },
    {
      name: 'a camelCase query parameter in a snake_case API',
      document: withSchemas({ Order: object('order_id', 'created_at') }, ['pageSize']),
      flagged: ['paths./things.get.parameters.0.name'],
      says: 'Query parameter "pageSize"',
    },
    {
      name: 'a deep-object query name in the other casing',
      document: withSchemas({ Order: object('order_id', 'created_at') }, ['filter[createdAt]']),
      flagged: ['paths./things.get.parameters.0.name'],
      says: 'Query parameter "filter[createdAt]"',
    },
    {
      name: 'a nested PascalCase property',
      document: withSchemas({ Order: { type: 'object', properties: { line_items: { type: 'array', items: object('ProductId', 'unit_price') } } } }),
      flagged: ['components.schemas.Order.properties.line_items.items.properties.ProductId'],
      says: 'Property "ProductId"',
    },
  ])('invalid: $name', async ({ document, flagged, says }) => {
    expect(await pathsFlagged('api-property-casing', document)).toEqual(flagged);
    expect((await messagesFlagged('api-property-casing', document))[0]).toContain(says);
  });
});
