import { describe, expect, it } from 'vitest';
import { oas3, operation, pathsFlagged, problemResponse } from './rule-harness.js';

const withResponses = (responses: Record<string, unknown>) => oas3({ paths: { '/things': { get: operation({ responses: { '200': { description: 'ok' }, ...responses } }) } } });

describe('api-server-error-response', () => {
  it.each([
    { name: 'a 500', responses: { '400': problemResponse('Bad'), '500': problemResponse('Oops') } },
    { name: 'a 503', responses: { '400': problemResponse('Bad'), '503': problemResponse('Unavailable') } },
    { name: 'a 5XX range', responses: { '5XX': problemResponse('Server error') } },
    { name: 'default instead of 5xx', responses: { '400': problemResponse('Bad'), default: problemResponse('Unexpected') } },
  ])('valid: $name', async ({ responses }) => {
    expect(await pathsFlagged('api-server-error-response', withResponses(responses))).toEqual([]);
  });

  it.each([
    { name: 'only 4xx', responses: { '400': problemResponse('Bad'), '404': problemResponse('Missing') } },
    { name: 'success only', responses: {} },
  ])('invalid: $name', async ({ responses }) => {
    expect(await pathsFlagged('api-server-error-response', withResponses(responses))).toEqual(['paths./things.get.responses']);
  });
});
