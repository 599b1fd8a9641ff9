import { describe, expect, it } from 'vitest';
import { operationAt } from '../../src/specs/http-methods.js';

describe('operationAt', () => {
  it.each([
    { path: ['paths', '/pets/{id}', 'get', 'responses', '200'], operation: 'GET /pets/{id}' },
    { path: ['paths', '/pets', 'trace'], operation: 'TRACE /pets' },
    { path: ['paths', '/pets', 'parameters', 0], operation: undefined },
    { path: ['paths', '/pets'], operation: undefined },
    { path: ['components', 'schemas', 'Pet'], operation: undefined },
  ])('$path -> $operation', ({ path, operation }) => expect(operationAt(path)).toBe(operation));
});
