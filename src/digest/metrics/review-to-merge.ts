// digest (metrics): median time from a pull request's first `API Review` check run to its merge,
// over the pull requests merged in the period — how long the API review loop holds work up.
import type { PullRequestFact } from '../digest-facts.js';
import type { Period } from '../digest-period.js';
import { mergedWithin } from './spec-pull-requests.js';

export interface ReviewToMerge {
  /** `null` when no merged pull request had a review. */
  medianHours: number | null;
  samples: number;
}

export function reviewToMerge(pulls: readonly PullRequestFact[], period: Period): ReviewToMerge {
  const hours = mergedWithin(pulls, period).flatMap((pull) => {
    if (!pull.firstReviewAt || !pull.mergedAt) return [];
    // A review that started after the merge (a re-run) says nothing about the wait.
    const elapsed = Date.parse(pull.mergedAt) - Date.parse(pull.firstReviewAt);
    return elapsed >= 0 ? [elapsed / 3_600_000] : [];
  });
  return { medianHours: median(hours), samples: hours.length };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
