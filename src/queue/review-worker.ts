// trigger (replicas): the consumer side of the review queue. A worker takes a pull request's job,
// reviews the lane's newest request, and reviews again while newer requests arrived meanwhile;
// only then does the lane close and the job complete. BullMQ's locks make one worker hold a job,
// and its stalled-job check hands the job of a worker that died to another one, which takes over
// the check run the first one opened (the ledger). A job that gives up for good completes that
// check run as neutral, saying so, so no pull request is left with a run `in_progress`.
import { QueueEvents, Worker } from 'bullmq';
import type { CheckRunLedger } from '../github/check-run-ledger.js';
import { queueJobsTotal, queueWaitSeconds } from '../server/metrics.js';
import { redisCheckRunLedger } from './redis-check-run-ledger.js';
import { laneKeyOfJob, reviewLanes, type OpenCheckRun } from './review-lane.js';
import { reviewQueueName, type QueueConnection, type ReviewJobData } from './review-queue.js';
import type { ReviewRequest } from './review-request.js';

export interface ReviewWorkerPorts {
  /** Reviews one request and publishes it; `current`: review the pull request's head now, not the delivered one. */
  review(request: ReviewRequest, current: boolean, checkRuns: CheckRunLedger): Promise<void>;
  /** Completes, as neutral with the reason, the check run a job left open when it gave up. */
  completeAbandoned(request: ReviewRequest | undefined, check: OpenCheckRun, reason: string): Promise<void>;
  log: { info(message: string): void; warn(message: string): void; error(message: string): void };
}

/** BullMQ's lock and stalled-job timing; tests shorten it to see a crashed worker replaced in seconds. */
export interface WorkerTiming {
  lockDurationMs: number;
  stalledIntervalMs: number;
  /** Times a job may be taken from a dead worker before it gives up. */
  maxStalledCount: number;
}

export const defaultWorkerTiming: WorkerTiming = { lockDurationMs: 30_000, stalledIntervalMs: 30_000, maxStalledCount: 2 };

export interface RunningWorker {
  /** Stops taking jobs; waits for the running ones unless `force`. */
  close(force?: boolean): Promise<void>;
}

export async function startReviewWorker(
  connection: QueueConnection,
  ports: ReviewWorkerPorts,
  options: { concurrency: number; timing?: WorkerTiming },
): Promise<RunningWorker> {
  const { prefix } = connection;
  const timing = options.timing ?? defaultWorkerTiming;
  // BullMQ's blocking connections must retry forever (maxRetriesPerRequest: null); the queue's own stays fail-fast.
  const redis = connection.redis.duplicate({ maxRetriesPerRequest: null, enableOfflineQueue: true });
  const lanes = reviewLanes(redis, prefix);

  const serve = async (job: { data: ReviewJobData; attemptsStarted: number; timestamp: number }): Promise<void> => {
    const { laneKey } = job.data;
    // A job taken from a dead worker, or after a thrown attempt: the pull request may have moved on.
    let current = job.attemptsStarted > 1;
    let first = true;
    for (;;) {
      const taken = await lanes.take(laneKey);
      if (!taken) return;
      if (first) queueWaitSeconds.observe(Math.max(0, Date.now() - taken.request.requestedAt) / 1000);
      first = false;
      await ports.review(taken.request, current || taken.coalesced, redisCheckRunLedger(redis, prefix, { lanes, laneKey }));
      if (await lanes.finish(laneKey, taken.seq)) return;
      // Requested again during the review: the next one reviews the head as it is then.
      queueJobsTotal.inc({ outcome: 'again' });
      current = true;
    }
  };

  const worker = new Worker<ReviewJobData>(reviewQueueName, serve, {
    connection: redis,
    prefix: `${prefix}:bull`,
    concurrency: options.concurrency,
    lockDuration: timing.lockDurationMs,
    stalledInterval: timing.stalledIntervalMs,
    maxStalledCount: timing.maxStalledCount,
  });
  worker.on('completed', () => queueJobsTotal.inc({ outcome: 'completed' }));
  worker.on('stalled', (jobId) => {
    queueJobsTotal.inc({ outcome: 'stalled' });
    ports.log.warn(`review queue: job ${jobId} stalled (its worker stopped); another worker takes it over`);
  });
  worker.on('error', (error) => ports.log.error(`review queue: ${error.message}`));

  // A job that failed for good, whichever worker ran it (or none, when it stalled too often).
  const events = new QueueEvents(reviewQueueName, { connection: redis.duplicate(), prefix: `${prefix}:bull` });
  events.on('failed', ({ jobId, failedReason }) => {
    queueJobsTotal.inc({ outcome: 'failed' });
    void giveUp(jobId, failedReason).catch((error: unknown) => ports.log.error(`review queue: job ${jobId}: its check run could not be completed: ${String(error)}`));
  });
  const giveUp = async (jobId: string, failedReason: string): Promise<void> => {
    const abandoned = await lanes.abandon(laneKeyOfJob(jobId));
    if (!abandoned.check) return;
    const reason = `the review could not finish: ${failedReason}. Re-run the check or push again.`;
    ports.log.warn(`review queue: job ${jobId} gave up (${failedReason}); completing its check run as neutral`);
    await ports.completeAbandoned(abandoned.request, abandoned.check, reason);
  };

  await worker.waitUntilReady();
  await events.waitUntilReady();
  return {
    close: async (force = false) => {
      await worker.close(force);
      await events.close();
      redis.disconnect();
    },
  };
}
