import { describe, expect, it } from 'vitest';
import { errorResponses, messagesFlagged, oas3, operation, pathsFlagged, problemResponse } from './rule-harness.js';

const withResponses = (responses: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  oas3({ paths: { '/things': { get: operation({ responses: { '200': { description: 'ok' }, ...responses }, ...extra }) } } });
const without = (...codes: string[]) => Object.fromEntries(Object.entries(errorResponses()).filter(([code]) => !codes.includes(code)));

describe('api-auth-error-responses', () => {
  it.each([
    { name: 'secured, with 401 and 403', document: withResponses(errorResponses()) },
    { name: 'secured, with a 4XX range', document: withResponses({ '4XX': problemResponse('Client error') }) },
    { name: 'public operations need neither', document: withResponses({}, { security: [], 'x-public': true }) },
    { name: 'unsecured operations need neither', document: oas3({ security: undefined, paths: { '/things': { get: operation({ responses: { '200': { description: 'ok' } } }) } } }) },
  ])('valid: $name', async ({ document }) => {
    expect(await pathsFlagged('api-auth-error-responses', document)).toEqual([]);
  });

  it.each([
    { name: 'no 401', document: withResponses(without('401')), message: '401' },
    { name: 'no 403', document: withResponses(without('403')), message: '403' },
    { name: 'neither', document: withResponses(without('401', '403')), message: '401 and 403' },
  ])('invalid: $name', async ({ document, message }) => {
    expect(await pathsFlagged('api-auth-error-responses', document)).toEqual(['paths./things.get.responses']);
    expect(await messagesFlagged('api-auth-error-responses', document)).toEqual([`Secured GET /things must document ${message} (unauthenticated, forbidden)`]);
  });
});
