import { describe, expect, it } from 'vitest';
import { messagesFlagged, oas3, operation, pathsFlagged } from './rule-harness.js';

type Json = Record<string, unknown>;
const versionHeader = { name: 'Api-Version', in: 'header', required: true, schema: { type: 'string', enum: ['2024-01-01'] } };
const unversionedServer = [{ url: 'https://api.example.com' }];
const withPaths = (paths: Json, servers: unknown[] = unversionedServer) => oas3({ servers, paths });
const get = (overrides: Json = {}) => ({ get: operation(overrides) });

describe('api-versioning-scheme', () => {
  it.each([
    { name: 'a version in the server URL', document: withPaths({ '/orders': get(), '/items': get() }, [{ url: 'https://api.example.com/v1' }]) },
    { name: 'a version segment on every path', document: withPaths({ '/v1/orders': get(), '/v1/items': get() }) },
    { name: 'no version anywhere', document: withPaths({ '/orders': get(), '/items': get() }) },
    { name: 'a header only', document: withPaths({ '/orders': get({ parameters: [versionHeader] }) }) },
    {
      name: 'a versioned media type only',
      document: withPaths({ '/orders': get({ responses: { '200': { description: 'ok', content: { 'application/vnd.acme.v2+json': {} } } } }) }),
    },
  ])('valid: $name', async ({ document }) => {
    expect(await pathsFlagged('api-versioning-scheme', document)).toEqual([]);
  });

  it.each([
    {
      name: 'a path segment and a header',
      document: withPaths({ '/v1/orders': get(), '/v1/items': get({ parameters: [versionHeader] }) }),
      flagged: ['paths./v1/items.get.parameters.0'],
      says: 'versions by path segment and also by header',
    },
    {
      name: 'a server version and a media type',
      document: withPaths({ '/orders': get({ responses: { '200': { description: 'ok', content: { 'application/json; version=2': {} } } } }) }, [{ url: 'https://api.example.com/v1' }]),
      flagged: ['paths./orders.get'],
      says: 'also by media type',
    },
    {
      name: 'some paths versioned, others not',
      document: withPaths({ '/v1/orders': get(), '/v1/items': get(), '/customers': get() }),
      flagged: ['paths./customers'],
      says: 'has no version segment while 2 other paths have one',
    },
  ])('invalid: $name', async ({ document, flagged, says }) => {
    expect(await pathsFlagged('api-versioning-scheme', document)).toEqual(flagged);
    expect((await messagesFlagged('api-versioning-scheme', document)).join('\n')).toContain(says);
  });
});
