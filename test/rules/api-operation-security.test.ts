import { describe, expect, it } from 'vitest';
import { oas3, operation, pathsFlagged } from './rule-harness.js';

const paths = (get: Record<string, unknown>) => ({ '/things': { get } });

describe('api-operation-security', () => {
  it.each([
    { name: 'global security', document: oas3({ paths: paths(operation()) }) },
    { name: 'security on the operation', document: oas3({ security: undefined, paths: paths(operation({ security: [{ bearer: [] }] })) }) },
    { name: 'an operation marked public, without any security', document: oas3({ security: undefined, paths: paths(operation({ 'x-public': true })) }) },
    // The opt-out itself is api-public-opt-out's finding.
    { name: 'an explicit opt-out', document: oas3({ paths: paths(operation({ security: [] })) }) },
  ])('valid: $name', async ({ document }) => {
    expect(await pathsFlagged('api-operation-security', document)).toEqual([]);
  });

  it.each([
    { name: 'no security anywhere', document: oas3({ security: undefined, paths: paths(operation()) }), flagged: ['paths./things.get'] },
    { name: 'an empty global security', document: oas3({ security: [], paths: paths(operation()) }), flagged: ['paths./things.get'] },
    { name: 'a global requirement of nothing', document: oas3({ security: [{}], paths: paths(operation()) }), flagged: ['paths./things.get'] },
  ])('invalid: $name', async ({ document, flagged }) => {
    expect(await pathsFlagged('api-operation-security', document)).toEqual(flagged);
  });
});

describe('api-operation-security on OpenAPI 3.1 webhooks', () => {
  it('leaves webhooks alone: the API calls them', async () => {
    const document = { ...oas3({ security: undefined, paths: {} }), openapi: '3.1.0', webhooks: { orderShipped: { post: operation() } } };
    expect(await pathsFlagged('api-operation-security', document)).toEqual([]);
  });
});
