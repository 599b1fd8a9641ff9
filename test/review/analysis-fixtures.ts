// Small, readable analysis values for the tests of the assess stage, the renderers and the
// commands that read a review.
import type { Change } from '../../src/diff/change.js';
import type { LintFinding } from '../../src/lint/lint-finding.js';
import { emptyAnalysis } from '../../src/pipeline/empty-analysis.js';
import type { SpecAnalysis } from '../../src/review/assess-review.js';

/** On the side the engine reports it: its catalogued removals point into the base, the rest into the head. */
export function change(id: string, level: Change['level'], operation: string | null, line = 10, side: Change['side'] = /removed|deleted/.test(id) ? 'base' : 'head'): Change {
  return { id, level, operation, path: ['paths', operation ?? '', 'x'], message: `${id} on ${operation ?? 'the API'}.`, source: { file: 'openapi.yaml', line }, side };
}

export function finding(code: string, severity: LintFinding['severity'], line = 5): LintFinding {
  return { code, severity, message: `${code} finding.`, path: ['paths', '/orders', String(line)], source: { file: 'openapi.yaml', line } };
}

/** A modified `openapi.yaml` going from 1.0.0 to 1.1.0, empty as the pipeline starts it, then `overrides`. */
export function analysis(overrides: Partial<SpecAnalysis> = {}): SpecAnalysis {
  return { ...emptyAnalysis({ base: 'openapi.yaml', head: 'openapi.yaml' }), baseVersion: '1.0.0', headVersion: '1.1.0', ...overrides };
}

/** A removal that breaks `operation`, at `path`. */
export function breakingChange(operation: string, path: string[]): Change {
  return {
    id: 'api-path-removed-without-deprecation',
    level: 'error',
    operation,
    path,
    message: `${operation} was removed without deprecation.`,
    source: { file: 'openapi.yaml', line: 10 },
    side: 'base',
  };
}

/** An analysis of `changes` with no `info.version` on either side. */
export function specAnalysis(changes: Change[], overrides: Partial<SpecAnalysis> = {}): SpecAnalysis {
  return analysis({ changes, baseVersion: undefined, headVersion: undefined, ...overrides });
}
