import { describe, expect, it } from 'vitest';
import { idempotencyKey, messagesFlagged, oas3, operation, pathsFlagged, problemResponse } from './rule-harness.js';

const withItem = (path: string, item: Record<string, unknown>) => oas3({ paths: { [path]: item } });
const get = { get: operation() };
const post = { post: operation({ parameters: [idempotencyKey()], responses: { '201': { description: 'Created' }, '400': problemResponse('Bad') } }) };
const list = { get: operation({ responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: {} } } } } } }) };
const exchange = { post: operation({ operationId: 'exchangeToken', summary: 'Exchange a token', responses: { '200': { description: 'ok' } } }) };

describe('api-paths-plural-resources', () => {
  it.each([
    { name: 'plural collection and member', path: '/shipments/{shipmentId}', item: get },
    { name: 'plural multi-word segment', path: '/order-items/{orderItemId}', item: get },
    { name: 'an -ies plural', path: '/categories/{categoryId}', item: get },
    { name: 'an uncountable noun', path: '/people/{personId}', item: get },
    { name: 'a version segment before a parameter', path: '/v1/{tenant}/orders', item: get },
    { name: 'a singleton sub-resource', path: '/users/{userId}/profile', item: get },
    { name: 'a create on a plural collection', path: '/accounts/{accountId}/suspensions', item: post },
    { name: 'a POST that creates nothing on a singleton', path: '/oauth/token', item: exchange },
    { name: 'a singleton read', path: '/health', item: get },
    { name: 'a search under a collection', path: '/charges/search', item: list },
    { name: 'a participle qualifier', path: '/user/following/{username}', item: get },
    { name: 'a versioned plural', path: '/orgs/{org}/projectsV2/{projectNumber}', item: get },
    { name: 'the current user', path: '/users/me/{settingId}', item: get },
  ])('valid: $name', async ({ path, item }) => {
    expect(await pathsFlagged('api-paths-plural-resources', withItem(path, item))).toEqual([]);
  });

  it.each([
    { name: 'singular collection before a member', path: '/shipment/{shipmentId}', item: get },
    { name: 'a singular ending in s', path: '/address/{addressId}', item: get },
    { name: 'singular nested collection', path: '/projects/{projectId}/member/{memberId}', item: get },
    { name: 'a create on a singular collection', path: '/shipment', item: post },
    { name: 'a list on a singular collection', path: '/shipment', item: list },
    { name: 'a status is singular', path: '/status/{statusId}', item: get },
  ])('invalid: $name', async ({ path, item }) => {
    expect(await pathsFlagged('api-paths-plural-resources', withItem(path, item))).toEqual([`paths.${path}`]);
  });

  it.each([
    { path: '/category/{categoryId}', says: '"categories"' },
    { path: '/box/{boxId}', says: '"boxes"' },
    { path: '/key/{keyId}', says: '"keys"' },
  ])('suggests a plural: $path', async ({ path, says }) => {
    expect((await messagesFlagged('api-paths-plural-resources', withItem(path, get)))[0]).toContain(says);
  });
});
