import { describe, expect, it } from 'vitest';
import { oas3, operation, pathsFlagged, problemResponse } from './rule-harness.js';

const withResponses = (responses: Record<string, unknown>) =>
  oas3({ paths: { '/things': { get: operation({ responses: { '200': { description: 'ok' }, ...responses } }) } } });

describe('api-error-problem-details', () => {
  it.each([
    { name: '4xx and 5xx with problem+json', responses: { '404': problemResponse('Not found'), '500': problemResponse('Oops') } },
    {
      name: 'problem+json beside another media type',
      responses: { '400': { description: 'Bad', content: { 'application/json': {}, 'application/problem+json': {} } } },
    },
    { name: 'a referenced problem response', responses: { '404': { $ref: '#/components/responses/NotFound' } } },
    {
      name: 'a problem schema extended with allOf',
      responses: { '422': { description: 'Invalid', content: { 'application/problem+json': { schema: { allOf: [{ $ref: '#/components/schemas/Problem' }, { type: 'object', properties: { errors: { type: 'array', maxItems: 9 } } }] } } } } },
    },
    { name: 'default instead of 5xx', responses: { '400': problemResponse('Bad'), default: problemResponse('Unexpected') } },
  ])('valid: $name', async ({ responses }) => {
    const document = withResponses(responses);
    (document.components as Record<string, unknown>).responses = { NotFound: problemResponse('Not found') };
    (document.components as Record<string, unknown>).schemas = { Problem: { type: 'object', properties: { title: { type: 'string', maxLength: 99 } } } };
    expect(await pathsFlagged('api-error-problem-details', document)).toEqual([]);
  });

  it.each([
    {
      name: 'a 4xx with plain JSON',
      responses: { '404': { description: 'Not found', content: { 'application/json': { schema: { type: 'object' } } } } },
      flagged: ['paths./things.get.responses.404.content'],
    },
    { name: 'a 5xx without a body', responses: { '400': problemResponse('Bad'), '503': { description: 'Unavailable' } }, flagged: ['paths./things.get.responses.503'] },
    { name: 'a default with plain JSON', responses: { '400': problemResponse('Bad'), default: { description: 'Error', content: { 'application/json': {} } } }, flagged: ['paths./things.get.responses.default.content'] },
  ])('invalid: $name', async ({ responses, flagged }) => {
    expect(await pathsFlagged('api-error-problem-details', withResponses(responses))).toEqual(flagged);
  });
});
