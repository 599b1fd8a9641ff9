import { describe, expect, it } from 'vitest';
import { breakingChangeRate } from '../../../src/digest/metrics/breaking-change-rate.js';
import { countBreakingChanges } from '../../../src/digest/metrics/breaking-changes.js';
import { median, reviewToMerge } from '../../../src/digest/metrics/review-to-merge.js';
import { countSpecPullRequests } from '../../../src/digest/metrics/spec-pull-requests.js';
import { weeklyTrend } from '../../../src/digest/metrics/weekly-trend.js';
import { trendWeeks } from '../../../src/digest/digest-period.js';
import { pr, week } from './facts.js';

const numbers = (refs: { number: number }[]): number[] => refs.map((ref) => ref.number);

describe('countSpecPullRequests', () => {
  it('counts openings and merges inside the week, start inclusive, end exclusive', () => {
    const result = countSpecPullRequests(
      [
        pr(1, { createdAt: '2026-11-16T08:00:00Z' }),
        pr(2, { createdAt: '2026-11-23T08:00:00Z' }),
        pr(3, { createdAt: '2026-11-01T00:00:00Z', mergedAt: '2026-11-20T00:00:00Z' }),
        pr(4, { createdAt: '2026-11-17T00:00:00Z', mergedAt: '2026-11-18T00:00:00Z' }),
      ],
      week,
    );
    expect(numbers(result.opened)).toEqual([1, 4]);
    expect(numbers(result.merged)).toEqual([3, 4]);
  });
});

describe('countBreakingChanges', () => {
  it.each([
    { name: 'nothing reviewed', pulls: [], expected: { detected: 0, accepted: 0, blocked: 0, prs: [], blockedPrs: [] } },
    {
      name: 'accepted and blocked',
      pulls: [pr(1, { breaking: 2, accepted: 1 }), pr(2, { breaking: 1 }), pr(3, { breaking: 0 })],
      expected: { detected: 3, accepted: 1, blocked: 2, prs: [1, 2], blockedPrs: [1, 2] },
    },
    { name: 'a review before the week is not counted', pulls: [pr(1, { breaking: 4, reviewedAt: '2026-11-10T00:00:00Z' })], expected: { detected: 0, accepted: 0, blocked: 0, prs: [], blockedPrs: [] } },
    { name: 'an accepted lint blocker is not an accepted breaking change', pulls: [pr(1, { breaking: 1, accepted: 3 })], expected: { detected: 1, accepted: 1, blocked: 0, prs: [1], blockedPrs: [] } },
    { name: 'a pull request without check data', pulls: [pr(1)], expected: { detected: 0, accepted: 0, blocked: 0, prs: [], blockedPrs: [] } },
  ])('$name', ({ pulls, expected }) => {
    const result = countBreakingChanges(pulls, week);
    expect({ detected: result.detected, accepted: result.accepted, blocked: result.blocked, prs: numbers(result.pullRequests), blockedPrs: numbers(result.blockedPullRequests) }).toEqual(expected);
  });
});

describe('breakingChangeRate', () => {
  const merged = '2026-11-20T00:00:00Z';
  it.each([
    { name: 'no merge gives no rate', pulls: [pr(1, { breaking: 1, accepted: 1 })], rate: null, shipped: [], unaccepted: [], unreviewed: [] },
    {
      name: 'one of four merges shipped an accepted breaking change',
      pulls: [pr(1, { mergedAt: merged, breaking: 1, accepted: 1 }), pr(2, { mergedAt: merged, breaking: 0 }), pr(3, { mergedAt: merged, breaking: 2 }), pr(4, { mergedAt: merged })],
      rate: 0.25,
      shipped: [1],
      unaccepted: [3],
      unreviewed: [4],
    },
    { name: 'a merge outside the week is ignored', pulls: [pr(1, { mergedAt: '2026-11-01T00:00:00Z', breaking: 1, accepted: 1 })], rate: null, shipped: [], unaccepted: [], unreviewed: [] },
  ])('$name', ({ pulls, rate, shipped, unaccepted, unreviewed }) => {
    const result = breakingChangeRate(pulls, week);
    expect(result.rate).toBe(rate);
    expect(numbers(result.shipped)).toEqual(shipped);
    expect(numbers(result.mergedUnaccepted)).toEqual(unaccepted);
    expect(numbers(result.unreviewed)).toEqual(unreviewed);
  });
});

describe('reviewToMerge', () => {
  it('takes the median over merged pull requests that had a review before the merge', () => {
    const result = reviewToMerge(
      [
        pr(1, { firstReviewAt: '2026-11-17T00:00:00Z', mergedAt: '2026-11-17T02:00:00Z' }),
        pr(2, { firstReviewAt: '2026-11-17T00:00:00Z', mergedAt: '2026-11-18T00:00:00Z' }),
        pr(3, { firstReviewAt: '2026-11-17T00:00:00Z', mergedAt: '2026-11-17T06:00:00Z' }),
        pr(4, { mergedAt: '2026-11-17T06:00:00Z' }),
        pr(5, { firstReviewAt: '2026-11-19T00:00:00Z', mergedAt: '2026-11-18T00:00:00Z' }),
        pr(6, { firstReviewAt: '2026-11-01T00:00:00Z' }),
      ],
      week,
    );
    expect(result).toEqual({ medianHours: 6, samples: 3 });
  });
  it.each([
    { values: [], expected: null },
    { values: [3], expected: 3 },
    { values: [4, 1], expected: 2.5 },
    { values: [9, 1, 5], expected: 5 },
  ])('median of $values is $expected', ({ values, expected }) => expect(median(values)).toBe(expected));
});

describe('weeklyTrend', () => {
  it('puts each merge in its week, with the rate per week', () => {
    const now = week.end;
    const trend = weeklyTrend(
      [
        pr(1, { mergedAt: '2026-11-20T00:00:00Z', breaking: 1, accepted: 1 }),
        pr(2, { mergedAt: '2026-11-21T00:00:00Z', breaking: 0 }),
        pr(3, { mergedAt: '2026-10-01T00:00:00Z', breaking: 0 }),
        pr(4, { mergedAt: '2026-09-01T00:00:00Z', breaking: 1, accepted: 1 }),
      ],
      trendWeeks(now),
    );
    expect(trend.map((entry) => numbers(entry.merged))).toEqual([[3], [], [], [], [], [], [], [1, 2]]);
    expect(trend.map((entry) => entry.rate)).toEqual([0, null, null, null, null, null, null, 0.5]);
    expect(numbers(trend[7]?.shipped ?? [])).toEqual([1]);
  });
});
