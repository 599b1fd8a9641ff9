import { describe, expect, it } from 'vitest';
import { idempotencyKey as requiredKey, oas3, operation, pathsFlagged } from './rule-harness.js';

const idempotencyKey = requiredKey();
const create = (parameters?: unknown[]) =>
  operation({ ...(parameters ? { parameters } : {}), responses: { '201': { description: 'Created' }, '409': { description: 'x' } } });

describe('api-idempotency-key', () => {
  it.each([
    { name: 'a create with the header', post: create([idempotencyKey]) },
    { name: 'lower-case header name', post: create([{ ...idempotencyKey, name: 'idempotency-key' }]) },
    { name: 'a POST that does not create (200)', post: operation() },
    { name: 'an X- prefixed header', post: create([{ ...idempotencyKey, name: 'X-Idempotency-Key' }]) },
  ])('valid: $name', async ({ post }) => {
    expect(await pathsFlagged('api-idempotency-key', oas3({ paths: { '/things': { post } } }))).toEqual([]);
  });

  it.each([
    { name: 'a create without parameters', post: create(), flagged: ['paths./things.post'] },
    { name: 'a create with other parameters only', post: create([{ name: 'X-Request-Id', in: 'header' }]), flagged: ['paths./things.post'] },
    { name: 'the key as a query parameter', post: create([{ ...idempotencyKey, in: 'query' }]), flagged: ['paths./things.post'] },
    { name: 'a create named so, answering 200', post: operation({ operationId: 'createThing', responses: { '200': { description: 'ok' } } }), flagged: ['paths./things.post'] },
    { name: 'an optional key', post: create([{ ...idempotencyKey, required: false }]), flagged: ['paths./things.post'] },
    { name: 'a correlation id is not a key', post: create([{ ...idempotencyKey, name: 'X-Correlation-Id' }]), flagged: ['paths./things.post'] },
  ])('invalid: $name', async ({ post, flagged }) => {
    expect(await pathsFlagged('api-idempotency-key', oas3({ paths: { '/things': { post } } }))).toEqual(flagged);
  });
});
