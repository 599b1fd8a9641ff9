// trigger (replicas): the producer side of the review queue. A webhook handler records the request
// in the pull request's lane and adds the lane's job to BullMQ; workers in any process take it. The
// queue is also what /healthz asks about Redis and what /metrics counts.
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { reviewLanes, type ReviewLanes } from './review-lane.js';
import type { ReviewRequest } from './review-request.js';

export const reviewQueueName = 'reviews';

/** The job BullMQ carries: which lane to serve. The request itself lives in the lane. */
export interface ReviewJobData {
  laneKey: string;
}

/** Retries of a job whose worker threw (Redis or GitHub authentication failing); a review's own failures complete its check instead. */
export const reviewJobAttempts = 3;

export interface ReviewQueue {
  enqueue(request: ReviewRequest): Promise<void>;
  /** Undefined when Redis answers, else why not. */
  problem(): Promise<string | undefined>;
  counts(): Promise<Record<string, number>>;
  readonly lanes: ReviewLanes;
  close(): Promise<void>;
}

export interface QueueConnection {
  redis: Redis;
  /** Namespaces every key: several deployments (or test files) can share one Redis. */
  prefix: string;
}

export function reviewQueueOn({ redis, prefix }: QueueConnection): ReviewQueue {
  const queue = new Queue<ReviewJobData>(reviewQueueName, { connection: redis, prefix: `${prefix}:bull` });
  const lanes = reviewLanes(redis, prefix);
  return {
    lanes,
    enqueue: async (request) => {
      const job = await lanes.request(request);
      await queue.add(
        'review',
        { laneKey: request.laneKey },
        { jobId: job.jobId, attempts: reviewJobAttempts, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: true, removeOnFail: 1000 },
      );
    },
    problem: async () => {
      try {
        await withTimeout(redis.ping(), 1000);
        return undefined;
      } catch (error) {
        return `Redis does not answer: ${error instanceof Error ? error.message : String(error)}`;
      }
    },
    counts: () => queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed'),
    close: () => queue.close(),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
