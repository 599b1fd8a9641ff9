import { describe, expect, it } from 'vitest';
import { oas3, operation, pathsFlagged } from './rule-harness.js';

const withPath = (path: string) => oas3({ paths: { [path]: { get: operation() } } });

describe('api-paths-no-trailing-slash', () => {
  it.each(['/', '/orders', '/orders/{orderId}'])('valid: %s', async (path) => {
    expect(await pathsFlagged('api-paths-no-trailing-slash', withPath(path))).toEqual([]);
  });

  it.each(['/orders/', '/orders/{orderId}/'])('invalid: %s', async (path) => {
    expect(await pathsFlagged('api-paths-no-trailing-slash', withPath(path))).toEqual([`paths.${path}`]);
  });
});
