// The GitHub Action's review of one pull request: the App's pipeline (collect-pull-review, the
// check run, publish-to-pull) driven by a workflow token instead of an installation. Two things
// differ: the identity is `github-actions[bot]` (no `/app` call), and a token that may not write
// checks or comments (a fork's read-only token) leaves the job's own status as the gate.
import type { Logger, ProbotOctokit } from 'probot';
import type { ReviewConfig } from '../config/config-schema.js';
import type { LinkOptions } from '../render/review-view.js';
import type { Review } from '../review/review.js';
import { actAs } from '../github/bot-login.js';
import { completeCheckRun, startCheckRun, type CheckRunRef } from '../github/check-run.js';
import { currentHeadNamed } from '../github/check-run-pulls.js';
import { collectPullReview } from '../github/collect-pull-review.js';
import { httpStatusOf } from '../github/http-status.js';
import { compareWithMergeBase } from '../github/merge-base.js';
import { publishToPull } from '../github/publish-to-pull.js';
import { pullSnapshotOf, type PullLike, type PullSnapshot } from '../github/pull-request.js';
import { reviewFailureOf, unfinishedOutcome } from '../github/review-failure.js';
import { loadRepoConfig, type ConfigReader } from '../github/repo-config.js';
import type { RepoRef } from '../github/repo-ref.js';
import { checkOutcomeOf } from '../github/run-pull-request-review.js';
import { githubActionsIdentity } from './action-identity.js';

export interface ActionReviewInput {
  octokit: ProbotOctokit;
  log: Logger;
  repo: RepoRef;
  /** `pull_request` from the event payload. */
  pull: PullLike & { base: PullLike['base'] & { sha: string } };
  readConfig: ConfigReader;
  ruleset: string | undefined;
  now: Date;
}

export type ActionReview =
  | { ok: true; review: Review; links: LinkOptions; checkRun: boolean; published: boolean }
  | { ok: false; reason: string };

export async function reviewPullInAction(input: ActionReviewInput): Promise<ActionReview> {
  const { octokit, log, repo } = input;
  actAs(octokit, githubActionsIdentity);
  // GITHUB_SHA is the test merge commit and a checkout has no history: compare the pull
  // request's base and head commits through the API, as the App does.
  const pull = { ...pullSnapshotOf(input.pull), baseRef: input.pull.base.sha };
  const loaded = await loadRepoConfig(input.readConfig);
  if (!loaded.ok) return { ok: false, reason: loaded.message };
  const config: ReviewConfig = input.ruleset === undefined ? loaded.config : { ...loaded.config, ruleset: input.ruleset };

  const checkRun = await whenPermitted(() => startCheckRun(octokit, repo, pull.headSha, pull.number), log, 'create the check run');
  try {
    return await reviewAndPublish(input, { pull, config, checkRun });
  } catch (error) {
    // As in the App: the check run never stays in_progress; the failure is then thrown on.
    if (checkRun) await completeCheckRun(octokit, checkRun, unfinishedOutcome(reviewFailureOf(error))).catch(() => undefined);
    throw error;
  }
}

async function reviewAndPublish(
  input: ActionReviewInput,
  { pull, config, checkRun }: { pull: PullSnapshot; config: ReviewConfig; checkRun: CheckRunRef | undefined },
): Promise<ActionReview> {
  const { octokit, log, repo } = input;
  const compared = await compareWithMergeBase(octokit, repo, pull);
  const collected = await collectPullReview({ octokit, repo, pull, config, app: githubActionsIdentity, now: input.now, compared });
  if (!collected.ok) {
    if (checkRun) await completeCheckRun(octokit, checkRun, { conclusion: 'neutral', title: 'The API review could not run', summary: collected.reason, annotations: [] });
    return { ok: false, reason: collected.reason };
  }
  const { review, links } = collected;
  const named = checkRun ? await completeCheckRun(octokit, checkRun, checkOutcomeOf(review, links)) : [];
  const currentHead = currentHeadNamed(named, repo, pull.number);
  const published = await whenPermitted(
    () => publishToPull({ ...collected, octokit, log, repo, pull, currentHead, config }),
    log,
    'comment or label the pull request',
  );
  return { ok: true, review, links, checkRun: checkRun !== undefined, published: published !== undefined && !published.stale };
}

/** Runs a write; a 403 (a read-only token) is a warning and `undefined`, anything else is thrown. */
async function whenPermitted<T>(write: () => Promise<T>, log: Logger, what: string): Promise<T | undefined> {
  try {
    return await write();
  } catch (error) {
    if (httpStatusOf(error) !== 403) throw error;
    log.warn(`the token may not ${what} (a read-only token, as on a fork's pull request): the job's status is the gate`);
    return undefined;
  }
}
