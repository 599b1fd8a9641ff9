// digest (metrics): pull requests that touched an API description, opened and merged in a period.
import type { PullRequestFact } from '../digest-facts.js';
import { isWithin, type Period } from '../digest-period.js';
import { refOf, type PullRequestRef } from './pull-request-ref.js';

export interface SpecPullRequests {
  opened: PullRequestRef[];
  merged: PullRequestRef[];
}

export function countSpecPullRequests(pulls: readonly PullRequestFact[], period: Period): SpecPullRequests {
  return {
    opened: pulls.filter((pull) => isWithin(pull.createdAt, period)).map(refOf),
    merged: mergedWithin(pulls, period).map(refOf),
  };
}

export function mergedWithin(pulls: readonly PullRequestFact[], period: Period): PullRequestFact[] {
  return pulls.filter((pull) => isWithin(pull.mergedAt, period));
}
