// The checklist and the lint agree: an item is never ticked while a lint finding on the same
// operation says the same thing is missing.
import { describe, expect, it } from 'vitest';
import type { LintFinding } from '../../src/lint/lint-finding.js';
import { buildChecklist } from '../../src/review/build-checklist.js';
import type { OperationFacts } from '../../src/review/operation-facts.js';

function facts(overrides: Partial<OperationFacts> = {}): OperationFacts {
  return {
    operation: 'GET /orders',
    method: 'GET',
    path: '/orders',
    hasErrorResponses: true,
    hasSecurity: true,
    hasExamples: true,
    isCollectionGet: true,
    hasPagination: true,
    isCreate: false,
    hasIdempotencyKey: false,
    deprecated: false,
    hasSunset: false,
    hasReplacement: false,
    ...overrides,
  };
}

function lint(code: string, path: (string | number)[]): LintFinding {
  return { code, severity: 'warning', message: `${code}.`, path, source: { file: 'openapi.yaml', line: 3 } };
}

/** The item whose text contains `words`, as `[x] text` or `[ ] text`. */
function item(checklist: ReturnType<typeof buildChecklist>, words: string): boolean | undefined {
  return checklist.find((entry) => entry.text.includes(words))?.done;
}

describe('buildChecklist and the lint', () => {
  it.each([
    { name: 'a missing 429', code: 'api-rate-limit-response', words: 'Document error responses' },
    { name: 'error bodies without problem details', code: 'api-error-problem-details', words: 'Document error responses' },
    { name: 'no 5xx or default', code: 'api-server-error-response', words: 'Document error responses' },
    { name: 'an unmarked opt-out', code: 'api-public-opt-out', words: 'Declare security' },
    { name: 'a page size without a maximum', code: 'api-collection-pagination', words: 'Paginate the collection' },
  ])('does not tick a new operation\'s item while the lint reports $name', ({ code, words }) => {
    const without = buildChecklist({ newOperations: [facts()], newlyDeprecated: [], breaking: [], changes: [] });
    const withFinding = buildChecklist({ newOperations: [facts()], newlyDeprecated: [], breaking: [], changes: [], headFindings: [lint(code, ['paths', '/orders', 'get', 'responses'])] });
    expect(item(without, words)).toBe(true);
    expect(item(withFinding, words)).toBe(false);
  });

  it('ignores findings on another operation', () => {
    const checklist = buildChecklist({
      newOperations: [facts()],
      newlyDeprecated: [],
      breaking: [],
      changes: [],
      headFindings: [lint('api-rate-limit-response', ['paths', '/orders', 'post', 'responses']), lint('api-rate-limit-response', ['paths', '/orders/{id}', 'get'])],
    });
    expect(item(checklist, 'Document error responses')).toBe(true);
  });

  it('lists the idempotency item when the lint finds a creation the facts did not', () => {
    const post = facts({ operation: 'POST /orders', method: 'POST', isCollectionGet: false, isCreate: false });
    const checklist = buildChecklist({ newOperations: [post], newlyDeprecated: [], breaking: [], changes: [], headFindings: [lint('api-idempotency-key', ['paths', '/orders', 'post'])] });
    expect(item(checklist, 'Idempotency-Key')).toBe(false);
  });

  it.each([
    { name: 'sunset and replacement, no finding', sunset: true, replacement: true, findings: [], done: true },
    { name: 'a sunset but no replacement', sunset: true, replacement: false, findings: [], done: false },
    { name: 'both, but the lint reports the deprecated parameter', sunset: true, replacement: true, findings: [lint('api-deprecated-sunset', ['paths', '/orders', 'get', 'parameters', 0])], done: false },
    { name: 'neither', sunset: false, replacement: false, findings: [], done: false },
  ])('a newly deprecated operation: $name', ({ sunset, replacement, findings, done }) => {
    const deprecated = facts({ deprecated: true, hasSunset: sunset, hasReplacement: replacement });
    const checklist = buildChecklist({ newOperations: [], newlyDeprecated: [deprecated], breaking: [], changes: [], headFindings: findings });
    expect(item(checklist, 'a sunset date')).toBe(done);
  });
});
