// How the migration plan names a property: by its component schema, not by the route to it.
import { describe, expect, it } from 'vitest';
import { schemaElementName } from '../../src/review/schema-element-name.js';

describe('schemaElementName', () => {
  it.each([
    { path: ['components', 'schemas', 'Order', 'properties', 'total'], expected: 'Order.total' },
    { path: ['components', 'schemas', 'Order', 'properties', 'lines', 'items', 'properties', 'sku'], expected: 'Order.lines[].sku' },
    { path: ['components', 'schemas', 'Order', 'allOf', 1, 'properties', 'total'], expected: 'Order.total' },
    { path: ['components', 'schemas', 'Order', 'properties', 'meta', 'additionalProperties', 'properties', 'x'], expected: undefined },
    { path: ['components', 'schemas', 'Order'], expected: undefined },
    { path: ['paths', '/orders', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'total'], expected: undefined },
  ])('$path -> $expected', ({ path, expected }) => {
    expect(schemaElementName(path)).toBe(expected);
  });
});
