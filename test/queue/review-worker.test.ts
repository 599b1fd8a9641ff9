// The review worker against a real Redis, with the review itself a port: two workers share one
// queue; a burst of requests for one pull request is reviewed one at a time, ending on the newest;
// a job whose review keeps throwing gives up and hands its open check run to be completed, once.
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CheckRunLedger } from '../../src/github/check-run-ledger.js';
import type { OpenCheckRun } from '../../src/queue/review-lane.js';
import { reviewQueueOn, type ReviewQueue } from '../../src/queue/review-queue.js';
import { laneKeyOf, type ReviewRequest } from '../../src/queue/review-request.js';
import { startReviewWorker, type ReviewWorkerPorts, type RunningWorker } from '../../src/queue/review-worker.js';
import { noRedisReason, redisAvailable, testRedis, type TestRedis } from './test-redis.js';

const available = redisAvailable();
if (!available) console.warn(`skipped: ${noRedisReason}`);

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const fast = { lockDurationMs: 2000, stalledIntervalMs: 1000, maxStalledCount: 1 };

const request = (pullNumber: number, headSha: string): ReviewRequest => ({
  laneKey: laneKeyOf('octo', 'pets', pullNumber),
  installationId: 1,
  owner: 'octo',
  repo: 'pets',
  pullNumber,
  headSha,
  requestedAt: Date.now(),
});

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.skipIf(!available)('review workers on one queue', () => {
  let server: TestRedis;
  let redis: Redis;
  let queue: ReviewQueue;
  let workers: RunningWorker[] = [];
  let test = 0;

  beforeAll(async () => {
    server = await testRedis('worker');
    redis = new Redis(server.url, { maxRetriesPerRequest: 1 });
  });
  afterEach(async () => {
    await Promise.all(workers.map((worker) => worker.close(true)));
    workers = [];
    await queue?.close();
  });
  afterAll(async () => {
    redis?.disconnect();
    await server?.stop();
  });

  const start = async (ports: ReviewWorkerPorts, count: number): Promise<void> => {
    test += 1;
    const connection = { redis, prefix: `${server.prefix}:${test}` };
    queue = reviewQueueOn(connection);
    workers = await Promise.all(Array.from({ length: count }, () => startReviewWorker(connection, ports, { concurrency: 2, timing: fast })));
  };

  it('reviews a burst for one pull request one at a time and ends on the newest request', async () => {
    const reviewed: { head: string | undefined; current: boolean }[] = [];
    let running = 0;
    let mostAtOnce = 0;
    await start(
      {
        review: async (taken, current) => {
          running += 1;
          mostAtOnce = Math.max(mostAtOnce, running);
          await new Promise((resolve) => setTimeout(resolve, 150));
          reviewed.push({ head: taken.headSha, current });
          running -= 1;
        },
        completeAbandoned: async () => undefined,
        log: quiet,
      },
      2,
    );
    for (const head of ['h1', 'h2', 'h3', 'h4', 'h5']) {
      await queue.enqueue(request(1, head));
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    await until(() => reviewed.at(-1)?.head === 'h5', 'the newest request is reviewed');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mostAtOnce).toBe(1);
    // Fewer reviews than requests: the ones waiting were replaced by newer ones.
    expect(reviewed.length).toBeLessThan(5);
    expect(reviewed.at(-1)).toEqual({ head: 'h5', current: true });
  });

  it('reviews different pull requests side by side', async () => {
    let running = 0;
    let mostAtOnce = 0;
    let done = 0;
    await start(
      {
        review: async () => {
          running += 1;
          mostAtOnce = Math.max(mostAtOnce, running);
          await new Promise((resolve) => setTimeout(resolve, 200));
          running -= 1;
          done += 1;
        },
        completeAbandoned: async () => undefined,
        log: quiet,
      },
      2,
    );
    await Promise.all([1, 2, 3, 4].map((pullNumber) => queue.enqueue(request(pullNumber, 'h'))));
    await until(() => done === 4, 'every pull request is reviewed');
    expect(mostAtOnce).toBeGreaterThan(1);
  });

  it('gives up on a review that keeps failing and completes its open check run once', async () => {
    const abandoned: { check: OpenCheckRun; reason: string; request: ReviewRequest | undefined }[] = [];
    let attempts = 0;
    await start(
      {
        review: async (taken, _current, checkRuns: CheckRunLedger) => {
          attempts += 1;
          if ((await checkRuns.find({ owner: 'octo', repo: 'pets', headSha: 'h', pullNumber: 9 })) === undefined) {
            await checkRuns.record({ owner: 'octo', repo: 'pets', headSha: 'h', pullNumber: 9 }, 4242, 'in_progress');
          }
          throw new Error(`GitHub refused the installation token (${taken.laneKey})`);
        },
        completeAbandoned: async (given, check, reason) => void abandoned.push({ check, reason, request: given }),
        log: quiet,
      },
      2,
    );
    await queue.enqueue(request(9, 'h'));
    await until(() => abandoned.length > 0, 'the job gave up');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(attempts).toBe(3);
    expect(abandoned).toHaveLength(1);
    expect(abandoned[0]?.check).toEqual({ owner: 'octo', repo: 'pets', checkRunId: 4242 });
    expect(abandoned[0]?.reason).toContain('GitHub refused the installation token');
    expect(abandoned[0]?.request?.pullNumber).toBe(9);
    // The lane is closed: the next push opens a new job.
    expect((await queue.lanes.request(request(9, 'h2'))).opened).toBe(true);
  });
});
