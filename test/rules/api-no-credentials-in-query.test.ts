import { describe, expect, it } from 'vitest';
import { oas3, operation, pathsFlagged } from './rule-harness.js';

const withQuery = (name: string) =>
  oas3({ paths: { '/things': { get: operation({ parameters: [{ name, in: 'query', schema: { type: 'string' } }] }) } } });
const withScheme = (scheme: Record<string, unknown>) =>
  oas3({ components: { securitySchemes: { key: scheme } }, security: [{ key: [] }] });

describe('api-no-credentials-in-query', () => {
  it.each([
    { name: 'an ordinary query parameter', document: withQuery('status') },
    { name: 'a query parameter that merely contains "token"', document: withQuery('pageToken') },
    { name: 'a key that names a sort order', document: withQuery('sort_key') },
    { name: 'a client id is not a secret', document: withQuery('client_id') },
    { name: 'an API key in a header', document: withScheme({ type: 'apiKey', in: 'header', name: 'X-API-Key' }) },
  ])('valid: $name', async ({ document }) => {
    expect(await pathsFlagged('api-no-credentials-in-query', document)).toEqual([]);
  });

  it.each([
    { name: 'api_key in the query', document: withQuery('api_key'), flagged: ['paths./things.get.parameters.0.name'] },
    { name: 'access_token in the query', document: withQuery('ACCESS_TOKEN'), flagged: ['paths./things.get.parameters.0.name'] },
    { name: 'apiKey in the query', document: withQuery('apiKey'), flagged: ['paths./things.get.parameters.0.name'] },
    { name: 'a bare token in the query', document: withQuery('token'), flagged: ['paths./things.get.parameters.0.name'] },
    {
      name: 'an apiKey security scheme in the query',
      document: withScheme({ type: 'apiKey', in: 'query', name: 'key' }),
      flagged: ['components.securitySchemes.key.in'],
    },
  ])('invalid: $name', async ({ document, flagged }) => {
    expect(await pathsFlagged('api-no-credentials-in-query', document)).toEqual(flagged);
  });
});
