import { describe, expect, it } from 'vitest';
import { messagesFlagged, oas3, operation, pathsFlagged } from './rule-harness.js';

const withPath = (path: string) => oas3({ paths: { [path]: { post: operation() } } });

describe('api-paths-no-verbs', () => {
  it.each([
    '/orders',
    '/accounts/{accountId}/suspensions',
    '/exports',
    '/payments/{paymentId}/refunds',
    '/v1/searches',
    '/projects/{projectId}/archive-requests',
    '/uploads',
    '/charges/{chargeId}',
  ])('valid: %s', async (path) => {
    expect(await pathsFlagged('api-paths-no-verbs', withPath(path))).toEqual([]);
  });

  it.each([
    { path: '/fetchOrders', says: 'starts with a verb' },
    { path: '/get-orders', says: 'starts with a verb' },
    { path: '/accounts/{accountId}/suspend', says: 'RPC-style action' },
    { path: '/orders/{orderId}/cancel', says: 'RPC-style action' },
    { path: '/v1/create-order', says: 'starts with a verb' },
    { path: '/orders/{orderId}/archive', says: 'RPC-style action' },
  ])('invalid: $path', async ({ path, says }) => {
    const document = withPath(path);
    expect(await pathsFlagged('api-paths-no-verbs', document)).toEqual([`paths.${path}`]);
    expect((await messagesFlagged('api-paths-no-verbs', document))[0]).toContain(says);
  });
});
