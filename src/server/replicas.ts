// Operations (replicas): the App on a shared Redis. Webhook handlers verify (Probot), decide
// (the handlers) and enqueue here; workers in this process or in `npm run worker` review. A Redis
// that does not answer turns a delivery into a 503, so GitHub's delivery log shows it failed and it
// can be redelivered, and /healthz says why.
import { Redis } from 'ioredis';
import { Context, type Logger, type Probot, type ProbotOctokit } from 'probot';
import type { EmitterWebhookEvent } from '@octokit/webhooks';
import { completeCheckRun } from '../github/check-run.js';
import { outsideFailure, unfinishedOutcome } from '../github/review-failure.js';
import type { ReviewDispatch } from '../github/review-dispatch.js';
import { reviewPullRequestNow, type ReviewTarget } from '../github/run-pull-request-review.js';
import { oncePerRunIn, type OncePerRun } from '../queue/once-per-run.js';
import { reviewQueueOn, type ReviewQueue } from '../queue/review-queue.js';
import { laneKeyOf, type ReviewRequest } from '../queue/review-request.js';
import { startReviewWorker, type ReviewWorkerPorts, type RunningWorker } from '../queue/review-worker.js';
import { countQueueWith } from './metrics.js';
import type { ReplicaSettings } from './replica-settings.js';

export interface Replicas {
  readonly settings: ReplicaSettings;
  readonly redis: Redis;
  readonly queue: ReviewQueue;
  /** Enqueues instead of reviewing; throws an error with status 503 when Redis does not take it. */
  readonly dispatch: ReviewDispatch;
  /** The weekly digest written by one replica per scheduled run. */
  readonly oncePerRun: OncePerRun;
  /** Undefined when Redis answers, else why not (for /healthz). */
  problem(): Promise<string | undefined>;
  startWorker(app: Probot): Promise<RunningWorker>;
  close(): Promise<void>;
}

export function connectReplicas(settings: ReplicaSettings, log: Pick<Logger, 'error'>): Replicas {
  // Fail fast: a webhook must learn at once that Redis is away, not after minutes of retries.
  const redis = new Redis(settings.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  let reported = false;
  redis.on('error', (error: Error) => {
    if (!reported) log.error({ err: error }, 'Redis does not answer; webhooks get 503 until it does');
    reported = true;
  });
  redis.on('ready', () => (reported = false));
  const queue = reviewQueueOn({ redis, prefix: settings.keyPrefix });
  countQueueWith(() => queue.counts());
  return {
    settings,
    redis,
    queue,
    oncePerRun: oncePerRunIn(redis, settings.keyPrefix),
    dispatch: async (context, target) => {
      const installationId = context.payload.installation?.id;
      if (installationId === undefined) throw new Error('a webhook without an installation cannot be reviewed');
      const request: ReviewRequest = {
        laneKey: laneKeyOf(target.owner, target.repo, target.pullNumber),
        installationId,
        owner: target.owner,
        repo: target.repo,
        pullNumber: target.pullNumber,
        ...(target.headSha ? { headSha: target.headSha } : {}),
        ...(target.pull ? { pull: target.pull } : {}),
        requestedAt: Date.now(),
      };
      try {
        await queue.enqueue(request);
      } catch (error) {
        // The webhooks middleware answers with the error's status: 503, so the delivery shows as failed.
        throw Object.assign(new Error(`the review queue is unavailable (Redis): ${error instanceof Error ? error.message : String(error)}`), { status: 503 });
      }
    },
    problem: () => queue.problem(),
    startWorker: (app) =>
      startReviewWorker({ redis, prefix: settings.keyPrefix }, workerPorts(app), {
        concurrency: Math.max(1, settings.concurrency),
        timing: { lockDurationMs: settings.stalledSeconds * 1000, stalledIntervalMs: settings.stalledSeconds * 1000, maxStalledCount: 2 },
      }),
    close: async () => {
      countQueueWith(undefined);
      await queue.close();
      redis.disconnect();
    },
  };
}

/** How a worker reviews: as the request's installation, with Probot's config reading (`_extends` included). */
function workerPorts(app: Probot): ReviewWorkerPorts {
  return {
    review: async (request, current, checkRuns) => {
      const octokit = await app.auth(request.installationId);
      const log = app.log.child({ repo: `${request.owner}/${request.repo}`, pr: request.pullNumber });
      const context = configContext(request, octokit, log);
      const target: ReviewTarget = current
        ? { owner: request.owner, repo: request.repo, pullNumber: request.pullNumber }
        : { owner: request.owner, repo: request.repo, pullNumber: request.pullNumber, ...(request.headSha ? { headSha: request.headSha } : {}), ...(request.pull ? { pull: request.pull } : {}) };
      await reviewPullRequestNow({ octokit, log, config: (name) => context.config(name), checkRuns }, target);
    },
    completeAbandoned: async (request, check, reason) => {
      if (!request) return;
      const octokit = await app.auth(request.installationId);
      // A run the review completed keeps its verdict; only one still in progress is completed here.
      const { data } = await octokit.rest.checks.get({ owner: check.owner, repo: check.repo, check_run_id: check.checkRunId });
      if (data.status === 'completed') return;
      await completeCheckRun(octokit, check, unfinishedOutcome(outsideFailure(reason)));
    },
    log: { info: (message) => app.log.info(message), warn: (message) => app.log.warn(message), error: (message) => app.log.error(message) },
  };
}

/** A Probot context for the request's repository, only for `context.config` (read from the default branch). */
function configContext(request: ReviewRequest, octokit: ProbotOctokit, log: Logger): Context<'pull_request'> {
  const event = {
    id: `queue-${request.laneKey}`,
    name: 'pull_request',
    payload: { repository: { owner: { login: request.owner }, name: request.repo }, installation: { id: request.installationId } },
  } as unknown as EmitterWebhookEvent<'pull_request'>;
  return new Context<'pull_request'>(event, octokit, log);
}
