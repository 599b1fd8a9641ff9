import { describe, expect, it } from 'vitest';
import { oas3, operation, pathParameter, pathsFlagged } from './rule-harness.js';

const withPath = (path: string, ...parameters: string[]) =>
  oas3({ paths: { [path]: { get: operation({ parameters: parameters.map(pathParameter) }) } } });

describe('api-paths-kebab-case', () => {
  it.each([
    { name: 'kebab-case segments', path: '/order-items' },
    { name: 'templated segment in camelCase', path: '/order-items/{orderItemId}', parameters: ['orderItemId'] },
    { name: 'templated segment in snake_case', path: '/order-items/{order_item_id}', parameters: ['order_item_id'] },
    { name: 'digits and a version', path: '/v2/items2' },
    { name: 'root path', path: '/' },
    // A trailing slash is api-paths-no-trailing-slash's finding.
    { name: 'trailing slash', path: '/orders/' },
  ])('valid: $name', async ({ path, parameters = [] }) => {
    expect(await pathsFlagged('api-paths-kebab-case', withPath(path, ...parameters))).toEqual([]);
  });

  it.each([
    { name: 'camelCase segment', path: '/orderItems' },
    { name: 'snake_case segment', path: '/order_items' },
    { name: 'upper case', path: '/Orders' },
  ])('invalid: $name', async ({ path }) => {
    expect(await pathsFlagged('api-paths-kebab-case', withPath(path))).toEqual([`paths.${path}`]);
  });
});
