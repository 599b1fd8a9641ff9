import { describe, expect, it } from 'vitest';
import { trendWeeks } from '../../../src/digest/digest-period.js';
import { formatBreakdown } from '../../../src/digest/metrics/format-breakdown.js';
import { formatTrend } from '../../../src/digest/metrics/format-trend.js';
import { checkDataOf } from '../../../src/review/check-data.js';
import type { Review } from '../../../src/review/review.js';
import { pr, week } from './facts.js';

const numbers = (refs: { number: number }[]): number[] => refs.map((ref) => ref.number);

describe('formatBreakdown', () => {
  it.each([
    {
      name: 'nothing reviewed: every format at zero',
      pulls: [],
      expected: { openapi: [[], 0, 0, 0], asyncapi: [[], 0, 0, 0], graphql: [[], 0, 0, 0], protobuf: [[], 0, 0, 0] },
      unattributed: [],
    },
    {
      name: 'two pull requests over three formats',
      pulls: [
        pr(1, { breaking: 3, formats: { openapi: { contracts: 1, breakingChanges: 1, lintErrors: 2 }, graphql: { contracts: 2, breakingChanges: 2, lintErrors: 0 } } }),
        pr(2, { breaking: 1, formats: { graphql: { contracts: 1, breakingChanges: 0, lintErrors: 1 }, protobuf: { contracts: 1, breakingChanges: 1, lintErrors: 0 } } }),
      ],
      expected: { openapi: [[1], 1, 1, 2], asyncapi: [[], 0, 0, 0], graphql: [[1, 2], 3, 2, 1], protobuf: [[2], 1, 1, 0] },
      unattributed: [],
    },
    {
      name: 'a review outside the week is not counted',
      pulls: [pr(1, { breaking: 1, reviewedAt: '2026-11-10T00:00:00Z', formats: { asyncapi: { contracts: 1, breakingChanges: 1, lintErrors: 0 } } })],
      expected: { openapi: [[], 0, 0, 0], asyncapi: [[], 0, 0, 0], graphql: [[], 0, 0, 0], protobuf: [[], 0, 0, 0] },
      unattributed: [],
    },
    {
      name: 'check data written before per-format totals is named, not guessed',
      pulls: [pr(4, { breaking: 2 }), pr(5)],
      expected: { openapi: [[], 0, 0, 0], asyncapi: [[], 0, 0, 0], graphql: [[], 0, 0, 0], protobuf: [[], 0, 0, 0] },
      unattributed: [4],
    },
  ])('$name', ({ pulls, expected, unattributed }) => {
    const result = formatBreakdown(pulls, week);
    const rows = Object.fromEntries(result.rows.map((row) => [row.format, [numbers(row.pullRequests), row.contracts, row.breakingChanges, row.lintErrors]]));
    expect(rows).toEqual(expected);
    expect(result.rows.map((row) => row.format)).toEqual(['openapi', 'asyncapi', 'graphql', 'protobuf']);
    expect(numbers(result.unattributed)).toEqual(unattributed);
  });
});

describe('formatTrend', () => {
  it('counts breaking changes per format in each week a review completed', () => {
    const weeks = trendWeeks(new Date('2026-11-23T08:00:00Z'));
    const trend = formatTrend(
      [
        pr(1, { breaking: 2, reviewedAt: '2026-11-18T00:00:00Z', formats: { protobuf: { contracts: 1, breakingChanges: 2, lintErrors: 0 } } }),
        pr(2, { breaking: 1, reviewedAt: '2026-11-11T00:00:00Z', formats: { graphql: { contracts: 1, breakingChanges: 1, lintErrors: 0 } } }),
      ],
      weeks,
    );
    expect(trend).toHaveLength(weeks.length);
    expect(trend.at(-1)?.breakingChanges).toEqual({ openapi: 0, asyncapi: 0, graphql: 0, protobuf: 2 });
    expect(trend.at(-2)?.breakingChanges).toEqual({ openapi: 0, asyncapi: 0, graphql: 1, protobuf: 0 });
    expect(trend.at(0)?.breakingChanges).toEqual({ openapi: 0, asyncapi: 0, graphql: 0, protobuf: 0 });
  });
});

describe('check data per format', () => {
  it('totals contracts, breaking changes and new lint errors by format, OpenAPI when a spec names none', () => {
    const item = (severity: 'blocker' | 'warning') => ({ kind: 'breaking-change', severity, rule: 'x' });
    const error = { severity: 'error' };
    const review = {
      verdict: 'fail',
      breakingChanges: 3,
      acceptedBlockers: 0,
      newLintErrors: 1,
      counts: { blocker: 3, warning: 1, info: 0 },
      acceptances: [],
      unacceptedFingerprints: [],
      generatedAt: '2026-11-18T00:00:00Z',
      specs: [
        { spec: 'openapi.yaml', status: 'modified', items: [item('blocker'), item('warning')], lint: { introduced: [error, { severity: 'warning' }] } },
        { spec: 'a.proto', format: 'protobuf', status: 'modified', items: [item('blocker')], lint: { introduced: [] } },
        { spec: 'b.proto', format: 'protobuf', status: 'modified', items: [item('blocker')], lint: { introduced: [error] } },
      ],
    } as unknown as Review;
    expect(checkDataOf(review).formats).toEqual({
      openapi: { contracts: 1, breakingChanges: 1, lintErrors: 1 },
      protobuf: { contracts: 2, breakingChanges: 2, lintErrors: 1 },
    });
  });
});
