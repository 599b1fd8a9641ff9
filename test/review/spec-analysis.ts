// Tiny review inputs for tests of the assess stage and of the commands that read a review.
import type { SpecAnalysis } from '../../src/review/assess-review.js';
import type { Change } from '../../src/diff/change.js';

export function breakingChange(operation: string, path: string[]): Change {
  return {
    id: 'api-path-removed-without-deprecation',
    level: 'error',
    operation,
    path,
    message: `${operation} was removed without deprecation.`,
    source: { file: 'openapi.yaml', line: 10 },
  };
}

export function specAnalysis(changes: Change[], overrides: Partial<SpecAnalysis> = {}): SpecAnalysis {
  return {
    spec: 'openapi.yaml',
    status: 'modified',
    changes,
    lint: { introduced: [], existing: [], fixed: [] },
    problems: [],
    baseProblems: [],
    newOperations: [],
    newlyDeprecated: [],
    notes: [],
    ...overrides,
  };
}
