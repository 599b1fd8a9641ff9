import { describe, expect, it } from 'vitest';
import { oas3, operation, pathsFlagged } from './rule-harness.js';

const withGet = (get: Record<string, unknown>) => oas3({ paths: { '/things': { get } } });

describe('api-public-opt-out', () => {
  it.each([
    { name: 'a secured operation', get: operation() },
    { name: 'an opt-out marked public', get: operation({ security: [], 'x-public': true }) },
    { name: 'an optional requirement marked public', get: operation({ security: [{}], 'x-public': true }) },
  ])('valid: $name', async ({ get }) => {
    expect(await pathsFlagged('api-public-opt-out', withGet(get))).toEqual([]);
  });

  it.each([
    { name: 'security: [] unmarked', get: operation({ security: [] }) },
    { name: 'security: [{}] unmarked', get: operation({ security: [{}] }) },
    { name: 'marked with a string rather than true', get: operation({ security: [], 'x-public': 'yes' }) },
  ])('invalid: $name', async ({ get }) => {
    expect(await pathsFlagged('api-public-opt-out', withGet(get))).toEqual(['paths./things.get.security']);
  });
});
