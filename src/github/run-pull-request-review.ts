// The whole review of one pull request, from any trigger (webhook, re-run, slash command): the
// check run is created at once and always completed — with the verdict, or with the reason the
// review could not finish (review-failure.ts decides between `failure` and `neutral`) — and the
// review is published on the pull request unless a newer push superseded it.
import type { Logger, ProbotOctokit } from 'probot';
import { renderCheckSummary } from '../render/render-review.js';
import { checkDataOf } from '../review/check-data.js';
import { proseForReview } from '../llm/prose-for-review.js';
import type { ReviewProse } from '../llm/review-prose.js';
import type { Review } from '../review/review.js';
import { errorsTotal, githubApiCalls, githubApiCallsPerReview, reviewDuration, reviewsTotal } from '../server/metrics.js';
import { annotationsOf } from './annotations.js';
import { fittedCheckDataLine } from './check-data-budget.js';
import { githubLimits } from './text-budget.js';
import { countApiCalls } from './api-call-counter.js';
import type { CheckRunLedger, ReviewedHead } from './check-run-ledger.js';
import { appIdentityOf } from './bot-login.js';
import { currentHeadNamed } from './check-run-pulls.js';
import { completeCheckRun, createCompletedCheckRun, startCheckRun, type CheckOutcome, type CheckRunRef } from './check-run.js';
import { collectPullReview, type CollectOutcome } from './collect-pull-review.js';
import type { ReviewConfig } from '../config/config-schema.js';
import { fetchPull, type PullSnapshot } from './pull-request.js';
import { publishToPull } from './publish-to-pull.js';
import { lookAtPull, type PullLook } from './quiet-pull.js';
import { loadRepoConfig, type ConfigReader } from './repo-config.js';
import { withinReviewBudget } from '../pipeline/within-review-budget.js';
import { withReviewSlot } from '../pipeline/review-slots.js';
import { ReviewLimitError } from './review-limit-error.js';
import { outsideFailure, reviewFailureOf, unfinishedOutcome, type ReviewFailure } from './review-failure.js';
import { pullQueue } from './pull-queue.js';
import { runningReviews, type ReviewInterruption } from '../server/in-flight-reviews.js';

/** What a review needs from its trigger; a Probot `Context` is one. */
export interface ReviewDeps {
  octokit: ProbotOctokit;
  log: Logger;
  /** Probot's `context.config` (called as a method, so a context can be passed as is). */
  config: ConfigReader;
  /** Told the model prose the comment was published with (the `plan` command replies with it). */
  onProse?: (prose: ReviewProse) => void;
  /** With replicas: the check runs heads already have, so none gets a second one (check-run-ledger.ts). */
  checkRuns?: CheckRunLedger;
}

export interface ReviewTarget {
  owner: string;
  repo: string;
  pullNumber: number;
  /** The commit to review; the pull request's current head when absent. */
  headSha?: string;
  /** The pull request as a webhook delivered it, saving one call. */
  pull?: PullSnapshot;
}

const reviewQueue = pullQueue<Review | undefined>();

/** Reviews and publishes; returns the review, or `undefined` when none could be made (the check says why). */
export function runPullRequestReview(deps: ReviewDeps, target: ReviewTarget): Promise<Review | undefined> {
  // One that waited reviews the current head: a late delivery of an older push must not replace it.
  const current = { owner: target.owner, repo: target.repo, pullNumber: target.pullNumber };
  return reviewQueue(`${target.owner}/${target.repo}#${target.pullNumber}`, (waited) =>
    runningReviews.track((interruption) => reviewPullRequest(deps, waited ? current : target, interruption)),
  );
}

/**
 * One review, outside this process's pull queue: for a queue worker, whose job already guarantees
 * that no other review of the pull request runs (src/queue/review-lane.ts). Still tracked, so a
 * stopping worker completes its check run.
 */
export function reviewPullRequestNow(deps: ReviewDeps, target: ReviewTarget): Promise<Review | undefined> {
  return runningReviews.track((interruption) => reviewPullRequest(deps, target, interruption));
}

/** Why a check run is completed for a review the stopping server could not wait for. */
const stoppedFailure = outsideFailure('the App was stopped (a deploy or a scale-down) before the review finished. Re-run the check.');

async function reviewPullRequest(deps: ReviewDeps, target: ReviewTarget, interruption: ReviewInterruption): Promise<Review | undefined> {
  const repo = { owner: target.owner, repo: target.repo };
  const log = deps.log.child({ repo: `${target.owner}/${target.repo}`, pr: target.pullNumber });
  const counter = countApiCalls(deps.octokit);
  const stopTimer = reviewDuration.startTimer();
  let checkRun: CheckRunRef | undefined;
  let conclusion: CheckOutcome['conclusion'] | undefined;
  let failure: ReviewFailure = { conclusion: 'failure', reason: 'the review stopped unexpectedly' };
  let started: { headSha: string; pullNumber: number } | undefined;
  try {
    const pull = target.pull ?? (await fetchPull(deps.octokit, repo, target.pullNumber));
    const headSha = target.headSha ?? pull.headSha;
    started = { headSha, pullNumber: pull.number };
    // Should the server stop before this review ends, its check run still ends (neutral: the cause is ours).
    interruption.onInterrupt(async () => {
      if (conclusion !== undefined || !started) return;
      conclusion = checkRun ? await completeUnfinished(deps.octokit, checkRun, stoppedFailure, log) : await createUnfinished(deps, repo, started, stoppedFailure, log);
    });
    const look = await lookAtPull(deps.octokit, repo, { ...pull, headSha }, new Date());
    if (look.quiet) {
      const outcome = checkOutcomeOf(look.review, look.links);
      await settleCheckRun(deps, { ...repo, headSha, pullNumber: pull.number }, outcome);
      conclusion = outcome.conclusion;
      return look.review;
    }
    checkRun = await openCheckRun(deps, { ...repo, headSha, pullNumber: pull.number });
    // Told as soon as the check run holds its conclusion: a later failure (publishing the comment)
    // must not overwrite the verdict.
    const reviewed = await reviewAndPublish(deps, log, { ...pull, headSha }, checkRun, look, (concluded) => (conclusion = concluded));
    conclusion = reviewed.conclusion;
    return reviewed.review;
  } catch (error) {
    failure = reviewFailureOf(error);
    errorsTotal.inc({ stage: checkRun ? 'review' : 'start' });
    log.error({ err: error }, 'the review failed');
    return undefined;
  } finally {
    // Never left in_progress: whatever happened above, the check run ends here.
    if (checkRun && conclusion === undefined) conclusion = await completeUnfinished(deps.octokit, checkRun, failure, log);
    // Failed before the check run existed (the first look at the pull request): create it completed.
    else if (!checkRun && started && conclusion === undefined) conclusion = await createUnfinished(deps, repo, started, failure, log);
    if (checkRun && started && conclusion !== undefined) await recordCompleted(deps, { ...repo, ...started }, checkRun, log);
    counter.stop();
    githubApiCalls.inc(counter.calls);
    githubApiCallsPerReview.observe(counter.calls);
    if (conclusion) reviewsTotal.inc({ conclusion });
    log.info({ githubApiCalls: counter.calls, conclusion, seconds: stopTimer() }, 'review finished');
  }
}

async function reviewAndPublish(
  deps: ReviewDeps,
  log: Logger,
  pull: PullSnapshot,
  checkRun: CheckRunRef,
  look: Extract<PullLook, { quiet: false }>,
  concluded: (conclusion: CheckOutcome['conclusion']) => void,
): Promise<{ review?: Review; conclusion: CheckOutcome['conclusion'] | undefined }> {
  const repo = { owner: checkRun.owner, repo: checkRun.repo };
  const config = await loadRepoConfig((name) => deps.config(name));
  // The config is read from the default branch: its admins, not this pull request, must fix it.
  if (!config.ok) return { conclusion: await completeUnfinished(deps.octokit, checkRun, outsideFailure(config.message), log) };
  const collected = await collectWithinBudget(deps.octokit, repo, pull, look, config.config);
  // Not ok only when the configured ruleset, read from the merge base, cannot be loaded.
  if (!collected.ok) return { conclusion: await completeUnfinished(deps.octokit, checkRun, outsideFailure(collected.reason), log) };
  const { review } = collected;
  const outcome = checkOutcomeOf(review, collected.links);
  const named = await completeCheckRun(deps.octokit, checkRun, outcome);
  concluded(outcome.conclusion);
  const currentHead = currentHeadNamed(named, repo, pull.number);
  const published = await publishToPull({ ...collected, octokit: deps.octokit, log, repo, pull, currentHead, config: config.config });
  if (published.stale) log.info({ reviewed: pull.headSha, current: published.currentHead }, 'a newer push superseded this review; not published on the pull request');
  else {
    deps.onProse?.(published.prose);
    log.info({ verdict: review.verdict, title: review.title, comment: published.comment, label: published.label, reviewers: published.reviewers, prose: published.prose.status }, 'review published');
  }
  return { review, conclusion: outcome.conclusion };
}

/**
 * The review of a pull request's current head, made here and published nowhere: no check run, no
 * comment. For the `plan` command with replicas, where only the pull request's lane publishes.
 * `onProse` is told the model prose the comment would be worded with. Undefined when no review
 * could be made (an invalid config, a ruleset that does not load).
 */
export async function reviewUnpublished(deps: Pick<ReviewDeps, 'octokit' | 'config' | 'onProse'>, target: ReviewTarget): Promise<Review | undefined> {
  const repo = { owner: target.owner, repo: target.repo };
  const pull = await fetchPull(deps.octokit, repo, target.pullNumber);
  const look = await lookAtPull(deps.octokit, repo, pull, new Date());
  if (look.quiet) return look.review;
  const config = await loadRepoConfig((name) => deps.config(name));
  if (!config.ok) return undefined;
  const collected = await collectWithinBudget(deps.octokit, repo, pull, look, config.config);
  if (!collected.ok) return undefined;
  if (deps.onProse) deps.onProse(await proseForReview(collected.review, { changedOperations: collected.changedOperations, config: config.config, env: process.env }));
  return collected.review;
}

/** Collects the review in a slot (at most as many reviews at once as there are analysis workers), then within the budget. */
async function collectWithinBudget(
  octokit: ProbotOctokit,
  repo: { owner: string; repo: string },
  pull: PullSnapshot,
  look: Extract<PullLook, { quiet: false }>,
  config: ReviewConfig,
): Promise<CollectOutcome> {
  const app = await appIdentityOf(octokit);
  return withReviewSlot(() =>
    withinReviewBudget(
      config.limits.seconds_per_review,
      (signal) =>
        collectPullReview({
          octokit,
          repo,
          pull,
          config,
          app,
          now: new Date(),
          compared: look.compared,
          ...(look.comments ? { comments: look.comments } : {}),
          signal,
        }),
      (message) => new ReviewLimitError(message),
    ),
  );
}

/** The check run's content for a finished review; the GitHub Action publishes the same. */
export function checkOutcomeOf(review: Review, links: Parameters<typeof renderCheckSummary>[1]): CheckOutcome {
  return {
    conclusion: review.verdict === 'fail' ? 'failure' : 'success',
    title: review.title,
    summary: renderCheckSummary(review, links),
    text: fittedCheckDataLine(checkDataOf(review), githubLimits.checkRunText),
    annotations: annotationsOf(review),
  };
}

function completeUnfinished(octokit: ProbotOctokit, checkRun: CheckRunRef, failure: ReviewFailure, log: Logger): Promise<CheckOutcome['conclusion'] | undefined> {
  return publishUnfinished(() => completeCheckRun(octokit, checkRun, unfinishedOutcome(failure)), 'completed', failure, log);
}

function createUnfinished(
  deps: ReviewDeps,
  repo: { owner: string; repo: string },
  started: { headSha: string; pullNumber: number },
  failure: ReviewFailure,
  log: Logger,
): Promise<CheckOutcome['conclusion'] | undefined> {
  return publishUnfinished(() => settleCheckRun(deps, { ...repo, ...started }, unfinishedOutcome(failure)), 'created', failure, log);
}

/** Starts the head's check run in_progress, or takes over the one an earlier attempt created (replicas). */
async function openCheckRun(deps: ReviewDeps, head: ReviewedHead): Promise<CheckRunRef> {
  const repo = { owner: head.owner, repo: head.repo };
  const known = await deps.checkRuns?.find(head);
  if (known !== undefined) return { ...repo, checkRunId: known };
  const run = await startCheckRun(deps.octokit, repo, head.headSha, head.pullNumber);
  await deps.checkRuns?.record(head, run.checkRunId, 'in_progress');
  return run;
}

/** A check run that needs no in_progress state: completes the one an earlier attempt created, else creates it completed. */
async function settleCheckRun(deps: ReviewDeps, head: ReviewedHead, outcome: CheckOutcome): Promise<void> {
  const repo = { owner: head.owner, repo: head.repo };
  const known = await deps.checkRuns?.find(head);
  if (known !== undefined) {
    await completeCheckRun(deps.octokit, { ...repo, checkRunId: known }, outcome);
    return;
  }
  const run = await createCompletedCheckRun(deps.octokit, repo, head.headSha, head.pullNumber, outcome);
  await deps.checkRuns?.record(head, run.checkRunId, 'completed');
}

/** Tells the ledger the run is complete, so a worker that gives up later leaves its verdict alone; never throws. */
async function recordCompleted(deps: ReviewDeps, head: ReviewedHead, checkRun: CheckRunRef, log: Logger): Promise<void> {
  try {
    await deps.checkRuns?.record(head, checkRun.checkRunId, 'completed');
  } catch (error) {
    log.warn({ err: error }, 'the completed check run could not be recorded');
  }
}

/** Publishes the check run of a review that could not finish; a failure to do so is counted and logged, never thrown. */
async function publishUnfinished(publish: () => Promise<unknown>, done: 'completed' | 'created', failure: ReviewFailure, log: Logger): Promise<CheckOutcome['conclusion'] | undefined> {
  try {
    await publish();
    log.warn({ reason: failure.reason }, `the check run was ${done} as ${failure.conclusion}`);
    return failure.conclusion;
  } catch (error) {
    errorsTotal.inc({ stage: 'complete-check-run' });
    log.error({ err: error, reason: failure.reason }, `the check run could not be ${done}`);
    return undefined;
  }
}
