import { describe, expect, it } from 'vitest';
import { errorResponses, oas3, operation, pathsFlagged } from './rule-harness.js';

const withResponses = (responses: Record<string, unknown>) => oas3({ paths: { '/things': { get: operation({ responses: { '200': { description: 'ok' }, ...responses } }) } } });

describe('api-rate-limit-response', () => {
  it('valid: 429 documented', async () => {
    expect(await pathsFlagged('api-rate-limit-response', withResponses(errorResponses()))).toEqual([]);
  });

  it.each([
    { name: 'no 429', responses: { '400': {}, '500': {} } },
    { name: 'only a 4XX range', responses: { '4XX': {}, default: {} } },
  ])('invalid: $name', async ({ responses }) => {
    expect(await pathsFlagged('api-rate-limit-response', withResponses(responses))).toEqual(['paths./things.get.responses']);
  });
});
