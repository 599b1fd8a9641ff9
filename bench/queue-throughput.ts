// `npx tsx bench/queue-throughput.ts` after `npm run build`: how fast replicas review. Reviews per
// minute of a typical single-spec pull request (the webhook fixture pair, pets v1 → v2 with one
// breaking change; about a dozen GitHub calls against a loopback fake) through one webhook-only
// server and 1, 2 and 4 worker processes (one review at a time each) on one Redis; then the
// queue's own cost per job (the lane and BullMQ, around a review that does nothing). Redis:
// API_REVIEW_TEST_REDIS_URL or REDIS_URL, else a private `redis-server`. BENCH_WORKERS (default
// 1,2,4) and BENCH_PULLS (default 24) size a run; BENCH_JOBS (default 500) the overhead run.
// BENCH_INSTALLATIONS=one puts every pull request in one installation (one organization): then
// Probot's throttling, shared across replicas through Redis, spaces that installation's writes a
// second apart (GitHub's guidance for content-creating requests), and that pacing, not the
// workers, sets the rate. The default gives each pull request its own installation.
import { cpus } from 'node:os';
import type { EmitterWebhookEvent } from '@octokit/webhooks';
import { Redis } from 'ioredis';
import { reviewQueueOn } from '../src/queue/review-queue.js';
import { laneKeyOf } from '../src/queue/review-request.js';
import { startReviewWorker } from '../src/queue/review-worker.js';
import { pullRequestEvent } from '../test/github/webhook-payloads.js';
import { ReplicaCluster, until } from '../test/e2e/replica-cluster.js';
import { testRedis } from '../test/queue/test-redis.js';

const workerCounts = (process.env.BENCH_WORKERS ?? '1,2,4').split(',').map(Number);
const pulls = Number(process.env.BENCH_PULLS ?? 24);
const overheadJobs = Number(process.env.BENCH_JOBS ?? 500);
const oneInstallation = process.env.BENCH_INSTALLATIONS === 'one';
if (!process.env.API_REVIEW_TEST_REDIS_URL && process.env.REDIS_URL) process.env.API_REVIEW_TEST_REDIS_URL = process.env.REDIS_URL;
const redisServer = await testRedis('bench');

console.log(`${cpus().length} cores; ${pulls} single-spec pull requests per run, ${oneInstallation ? 'all in one installation' : 'each in its own installation'}\n`);
console.log('workers | reviews/min | seconds');
for (const workers of workerCounts) {
  const result = await throughput(workers);
  console.log(`${String(workers).padStart(7)} | ${result.perMinute.toFixed(1).padStart(11)} | ${result.seconds.toFixed(1).padStart(7)}`);
}
const overhead = await queueOverhead(overheadJobs);
console.log(`\nqueue overhead: ${overhead.enqueueMs.toFixed(2)} ms to enqueue (webhook side), ${overhead.perJobMs.toFixed(2)} ms per job end to end with one worker (${overheadJobs} no-op jobs)`);
await redisServer.stop();
process.exit(0);

async function throughput(workers: number): Promise<{ perMinute: number; seconds: number }> {
  const warmups = Array.from({ length: workers }, (_, index) => `warm-${index}`);
  const timed = Array.from({ length: pulls }, (_, index) => `pets-${index}`);
  const cluster = new ReplicaCluster({ redisUrl: redisServer.url, prefix: `${redisServer.prefix}-w${workers}`, repos: [...warmups, ...timed], stalledSeconds: 30 });
  await cluster.start();
  try {
    const server = await cluster.startApp('server');
    const running = await Promise.all(Array.from({ length: workers }, (_, index) => cluster.startWorker(`worker-${index}`, 1)));
    const all = [server, ...running];
    const done = (names: string[]) => async () => (await cluster.openLanes()) === 0 && names.every((name) => cluster.completedOnNewest(name).length === 1);
    // One review per worker first: each loads Spectral and compiles its rules once.
    await Promise.all(warmups.map((name, index) => cluster.deliver(server, inInstallation(pullRequestEvent(cluster.fake(name), 'opened'), oneInstallation ? 1 : 50 + index))));
    await until(done(warmups), 'the warm-up reviews are done', all, 300_000);
    const started = Date.now();
    await Promise.all(timed.map((name, index) => cluster.deliver(server, inInstallation(pullRequestEvent(cluster.fake(name), 'opened'), oneInstallation ? 1 : 100 + index))));
    await until(done(timed), 'the timed reviews are done', all, 900_000);
    const seconds = (Date.now() - started) / 1000;
    return { perMinute: (pulls / seconds) * 60, seconds };
  } finally {
    await cluster.stop();
  }
}

function inInstallation(event: EmitterWebhookEvent<'pull_request'>, installationId: number): EmitterWebhookEvent<'pull_request'> {
  Object.assign(event.payload, { installation: { id: installationId, node_id: 'x' } });
  return event;
}

async function queueOverhead(jobs: number): Promise<{ enqueueMs: number; perJobMs: number }> {
  const redis = new Redis(redisServer.url, { maxRetriesPerRequest: 1 });
  const prefix = `${redisServer.prefix}-overhead`;
  const queue = reviewQueueOn({ redis, prefix });
  let reviewed = 0;
  const quiet = { info: () => undefined, warn: () => undefined, error: (message: string) => console.error(message) };
  const worker = await startReviewWorker(
    { redis, prefix },
    { review: async () => void (reviewed += 1), completeAbandoned: async () => undefined, log: quiet },
    { concurrency: 1 },
  );
  const started = Date.now();
  let enqueueTotal = 0;
  for (let index = 0; index < jobs; index += 1) {
    const before = performance.now();
    await queue.enqueue({ laneKey: laneKeyOf('bench', 'overhead', index), installationId: 1, owner: 'bench', repo: 'overhead', pullNumber: index, requestedAt: Date.now() });
    enqueueTotal += performance.now() - before;
  }
  while (reviewed < jobs) await new Promise((resolve) => setTimeout(resolve, 5));
  const perJobMs = (Date.now() - started) / jobs;
  await worker.close();
  await queue.close();
  redis.disconnect();
  return { enqueueMs: enqueueTotal / jobs, perJobMs };
}
