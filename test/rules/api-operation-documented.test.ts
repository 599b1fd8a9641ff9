import { describe, expect, it } from 'vitest';
import { messagesFlagged, oas3, operation, pathsFlagged } from './rule-harness.js';

const withOperation = (get: Record<string, unknown>) => oas3({ paths: { '/things': { get } } });

describe('api-operation-documented', () => {
  it('valid: operationId, summary and description', async () => {
    expect(await pathsFlagged('api-operation-documented', withOperation(operation()))).toEqual([]);
  });

  it.each([
    { name: 'no summary', get: operation({ summary: undefined }), missing: ['summary'] },
    { name: 'empty description', get: operation({ description: '' }), missing: ['description'] },
    {
      name: 'nothing at all',
      get: operation({ operationId: undefined, summary: undefined, description: undefined }),
      missing: ['description', 'operationId', 'summary'],
    },
  ])('invalid: $name', async ({ get, missing }) => {
    const document = withOperation(get);
    expect(await messagesFlagged('api-operation-documented', document)).toEqual(
      missing.map((field) => expect.stringContaining(`${field} is missing or empty`)),
    );
    // A missing field is reported on the operation, the closest place that exists.
    expect(new Set(await pathsFlagged('api-operation-documented', document))).toEqual(
      new Set([missing.includes('description') && missing.length === 1 ? 'paths./things.get.description' : 'paths./things.get']),
    );
  });

  it('replaces spectral:oas operation-operationId and operation-description', async () => {
    const document = withOperation(operation({ operationId: undefined, description: undefined }));
    expect(await pathsFlagged('operation-operationId', document)).toEqual([]);
    expect(await pathsFlagged('operation-description', document)).toEqual([]);
  });
});
