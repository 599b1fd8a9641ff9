// Tiny fact builders for the metric tests.
import type { OperationRecord, PullRequestFact, SpecFinding, SpecSnapshot } from '../../../src/digest/digest-facts.js';
import type { CheckData } from '../../../src/review/check-data.js';

export const week = { start: new Date('2026-11-16T08:00:00Z'), end: new Date('2026-11-23T08:00:00Z') };

export function pr(
  number: number,
  fields: Partial<PullRequestFact> & { breaking?: number; accepted?: number; reviewedAt?: string; formats?: CheckData['formats'] } = {},
): PullRequestFact {
  const { breaking, accepted, reviewedAt, formats, ...rest } = fields;
  const data: CheckData | undefined =
    breaking === undefined
      ? undefined
      : {
          version: 1,
          verdict: breaking > (accepted ?? 0) ? 'fail' : 'pass',
          breakingChanges: breaking,
          acceptedBlockers: accepted ?? 0,
          newLintErrors: 0,
          counts: { blocker: breaking, warning: 0, info: 0 },
          specs: [],
          acceptances: [],
          unacceptedFingerprints: [],
          generatedAt: reviewedAt ?? '2026-11-18T00:00:00Z',
          ...(formats ? { formats } : {}),
        };
  return {
    repo: 'octo/api',
    number,
    title: `PR ${number}`,
    url: `https://github.com/octo/api/pull/${number}`,
    createdAt: '2026-10-01T00:00:00Z',
    mergedAt: null,
    review: data && { completedAt: reviewedAt ?? '2026-11-18T00:00:00Z', data },
    firstReviewAt: undefined,
    ...rest,
  };
}

export function op(operation: string, fields: Partial<OperationRecord> = {}): OperationRecord {
  return { operation, hasSummary: false, hasDescription: false, hasErrorResponses: false, hasExamples: false, deprecated: false, sunset: undefined, source: { file: 'openapi.yaml', line: 10 }, deprecatedParameters: [], ...fields };
}

export function spec(path: string, operations: OperationRecord[], findings: SpecFinding[] = []): SpecSnapshot {
  return { repo: 'octo/api', path, url: `https://github.com/octo/api/blob/main/${path}`, blobBase: `https://github.com/octo/api/blob/${'a'.repeat(40)}/`, operations, findings };
}
