// digest (metrics): breaking-change rate = merged pull requests that shipped an accepted breaking
// change / merged pull requests touching specs. A merge that shipped a breaking change nobody
// accepted (the check was not required) is not in the rate but listed beside it: it is the
// number a governance lead most wants to see.
import type { PullRequestFact } from '../digest-facts.js';
import type { Period } from '../digest-period.js';
import { acceptedBreaking } from './breaking-changes.js';
import { refOf, type PullRequestRef } from './pull-request-ref.js';
import { mergedWithin } from './spec-pull-requests.js';

export interface BreakingChangeRate {
  merged: number;
  shipped: PullRequestRef[];
  /** `null` when nothing was merged (no rate rather than 0%). */
  rate: number | null;
  /** Merged with breaking changes that were never accepted. */
  mergedUnaccepted: PullRequestRef[];
  /** Merged without any `API Review` check data (the App did not review them). */
  unreviewed: PullRequestRef[];
}

export function breakingChangeRate(pulls: readonly PullRequestFact[], period: Period): BreakingChangeRate {
  const merged = mergedWithin(pulls, period);
  const shipped = merged.filter((pull) => pull.review?.data !== undefined && acceptedBreaking(pull.review.data) > 0);
  const unaccepted = merged.filter((pull) => {
    const data = pull.review?.data;
    return data !== undefined && data.breakingChanges > acceptedBreaking(data);
  });
  return {
    merged: merged.length,
    shipped: shipped.map(refOf),
    rate: merged.length === 0 ? null : shipped.length / merged.length,
    mergedUnaccepted: unaccepted.map(refOf),
    unreviewed: merged.filter((pull) => pull.review?.data === undefined).map(refOf),
  };
}
