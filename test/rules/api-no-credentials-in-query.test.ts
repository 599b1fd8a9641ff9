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
    { name: 'an API key in a header', document: withScheme({ type: 'apiKey', in: 'header', name: 'X-API-Key' }) },
  ])('valid: $name', async ({ document }) => {
    expect(await pathsFlagged('api-no-credentials-in-query', document)).toEqual([]);
  });

  it.each([
    { name: 'api_key in the query', document: withQuery('api_key'), flagged: ['paths./things.get.parameters.0'] },
    { name: 'access_token in the query', document: withQuery('ACCESS_TOKEN'), flagged: ['paths./things.get.parameters.0'] },
    {
      name: 'an apiKey security scheme in the query',
      document: withScheme({ type: 'apiKey', in: 'query', name: 'key' }),
      flagged: ['components.securitySchemes.key'],
    },
  ])('invalid: $name', async ({ document, flagged }) => {
    expect(await pathsFlagged('api-no-credentials-in-query', document)).toEqual(flagged);
  });
});
