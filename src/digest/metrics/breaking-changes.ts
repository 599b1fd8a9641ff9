// digest (metrics): breaking changes the App found in the pull requests it reviewed during the
// period, read from each pull request's latest `API Review` check data (so a change fixed by a
// later push is no longer counted).
import type { CheckData } from '../../review/check-data.js';
import type { PullRequestFact } from '../digest-facts.js';
import { isWithin, type Period } from '../digest-period.js';
import { refOf, type PullRequestRef } from './pull-request-ref.js';

export interface BreakingChanges {
  detected: number;
  accepted: number;
  /** Detected and not accepted: these hold their pull request's check at `failure`. */
  blocked: number;
  /** Pull requests with at least one breaking change. */
  pullRequests: PullRequestRef[];
  /** Pull requests still blocked by an unaccepted breaking change. */
  blockedPullRequests: PullRequestRef[];
}

export function countBreakingChanges(pulls: readonly PullRequestFact[], period: Period): BreakingChanges {
  const reviewed = reviewedWithin(pulls, period);
  const totals = { detected: 0, accepted: 0, blocked: 0 };
  const withBreaking: PullRequestRef[] = [];
  const blocked: PullRequestRef[] = [];
  for (const pull of reviewed) {
    const data = pull.review?.data as CheckData;
    const accepted = acceptedBreaking(data);
    totals.detected += data.breakingChanges;
    totals.accepted += accepted;
    totals.blocked += data.breakingChanges - accepted;
    if (data.breakingChanges > 0) withBreaking.push(refOf(pull));
    if (data.breakingChanges > accepted) blocked.push(refOf(pull));
  }
  return { ...totals, pullRequests: withBreaking, blockedPullRequests: blocked };
}

/** Pull requests whose latest review (with check data) completed in the period. */
export function reviewedWithin(pulls: readonly PullRequestFact[], period: Period): PullRequestFact[] {
  return pulls.filter((pull) => pull.review?.data && isWithin(pull.review.completedAt ?? pull.review.data.generatedAt, period));
}

/**
 * Accepted breaking changes of one review. The check data counts accepted blockers of every kind
 * (a blocking new lint error can be accepted too), so it is capped by the breaking changes.
 */
export function acceptedBreaking(data: CheckData): number {
  return Math.min(data.acceptedBlockers, data.breakingChanges);
}
