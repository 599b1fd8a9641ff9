// digest (metrics): the last eight weeks side by side — merged pull requests touching specs,
// those that shipped an accepted breaking change, and the rate — each number with its links.
import type { PullRequestFact } from '../digest-facts.js';
import type { Period } from '../digest-period.js';
import { breakingChangeRate } from './breaking-change-rate.js';
import { refOf, type PullRequestRef } from './pull-request-ref.js';
import { mergedWithin } from './spec-pull-requests.js';

export interface TrendWeek {
  period: Period;
  merged: PullRequestRef[];
  shipped: PullRequestRef[];
  rate: number | null;
}

export function weeklyTrend(pulls: readonly PullRequestFact[], weeks: readonly Period[]): TrendWeek[] {
  return weeks.map((period) => {
    const rate = breakingChangeRate(pulls, period);
    return { period, merged: mergedWithin(pulls, period).map(refOf), shipped: rate.shipped, rate: rate.rate };
  });
}
