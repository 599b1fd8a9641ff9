import { describe, expect, it } from 'vitest';
import { oas3, operation, pathsFlagged } from './rule-harness.js';

const idempotencyKey = { name: 'Idempotency-Key', in: 'header', schema: { type: 'string' } };
const create = (parameters?: unknown[]) =>
  operation({ ...(parameters ? { parameters } : {}), responses: { '201': { description: 'Created' }, '409': { description: 'x' } } });

describe('api-idempotency-key', () => {
  it.each([
    { name: 'a create with the header', post: create([idempotencyKey]) },
    { name: 'lower-case header name', post: create([{ ...idempotencyKey, name: 'idempotency-key' }]) },
    { name: 'a POST that does not create (200)', post: operation() },
  ])('valid: $name', async ({ post }) => {
    expect(await pathsFlagged('api-idempotency-key', oas3({ paths: { '/things': { post } } }))).toEqual([]);
  });

  it.each([
    { name: 'a create without parameters', post: create(), flagged: ['paths./things.post'] },
    { name: 'a create with other parameters only', post: create([{ name: 'X-Request-Id', in: 'header' }]), flagged: ['paths./things.post.parameters'] },
    { name: 'the key as a query parameter', post: create([{ ...idempotencyKey, in: 'query' }]), flagged: ['paths./things.post.parameters'] },
  ])('invalid: $name', async ({ post, flagged }) => {
    expect(await pathsFlagged('api-idempotency-key', oas3({ paths: { '/things': { post } } }))).toEqual(flagged);
  });
});
