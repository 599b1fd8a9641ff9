import { describe, expect, it } from 'vitest';
import { oas3, operation, pathsFlagged, problemResponse } from './rule-harness.js';

const withResponses = (responses: Record<string, unknown>) => oas3({ paths: { '/things': { get: operation({ responses }) } } });

describe('api-error-responses', () => {
  it.each([
    { name: 'a 404', responses: { '200': { description: 'ok' }, '404': problemResponse('Not found') } },
    { name: 'a 4XX range', responses: { '200': { description: 'ok' }, '4XX': problemResponse('Client error') } },
  ])('valid: $name', async ({ responses }) => {
    expect(await pathsFlagged('api-error-responses', withResponses(responses))).toEqual([]);
  });

  it.each([
    { name: 'only success', responses: { '200': { description: 'ok' } } },
    { name: 'only a 5xx and default', responses: { '200': { description: 'ok' }, '500': problemResponse('Oops'), default: problemResponse('Error') } },
  ])('invalid: $name', async ({ responses }) => {
    expect(await pathsFlagged('api-error-responses', withResponses(responses))).toEqual(['paths./things.get.responses']);
  });
});
