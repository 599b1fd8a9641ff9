// trigger (replicas): what a webhook hands the review queue — enough for any worker, in any
// process, to review the pull request as the installation. Plain JSON: it is stored in Redis.
import type { PullSnapshot } from '../github/pull-request.js';

export interface ReviewRequest {
  /** `owner/repo#number`, lower-cased: one lane and one job at a time per pull request. */
  laneKey: string;
  installationId: number;
  owner: string;
  repo: string;
  pullNumber: number;
  /** The commit to review; the pull request's current head when absent. */
  headSha?: string;
  /** The pull request as the webhook delivered it, saving one call. */
  pull?: PullSnapshot;
  /** When the webhook arrived (ms since epoch), for the queue's wait-time metric. */
  requestedAt: number;
}

/** GitHub names are case-insensitive: `Octo/API#7` and `octo/api#7` are one pull request. */
export function laneKeyOf(owner: string, repo: string, pullNumber: number): string {
  return `${owner}/${repo}#${pullNumber}`.toLowerCase();
}
