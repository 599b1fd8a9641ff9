// End to end, replicas: two built App servers (webhook-only) and review workers on one Redis, GitHub
// served by loopback fakes of several repositories (replica-cluster.ts). Signed deliveries arrive
// interleaved on both servers — redeliveries and racing pushes included — after a worker was killed
// (SIGKILL) in the middle of a review. Every pull request must end with one comment and one
// completed check run on its newest head, none `in_progress`, and never two reviews of one pull
// request at once. A server whose Redis is away answers 503 to webhooks and to /healthz.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headSha } from '../github/fake-github.js';
import { issueCommentEvent, pullRequestEvent } from '../github/webhook-payloads.js';
import { noRedisReason, redisAvailable, testRedis, type TestRedis } from '../queue/test-redis.js';
import { freePort, ReplicaCluster, until, urlOf, withHead } from './replica-cluster.js';

const root = new URL('../../', import.meta.url);
/** A push older than the newest head: its delivery may arrive last. */
const olderHead = 'd'.repeat(40);
const available = redisAvailable();
if (!available) console.warn(`skipped: ${noRedisReason}`);

let redisServer: TestRedis;
let cluster: ReplicaCluster;

describe.skipIf(!available)('replicas on one Redis', () => {
  beforeAll(async () => {
    await promisify(execFile)('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root });
    redisServer = await testRedis('replicas');
    cluster = new ReplicaCluster({ redisUrl: redisServer.url, prefix: redisServer.prefix, repos: ['pets-crash', 'pets-1', 'pets-2', 'pets-3'] });
    await cluster.start();
  });

  afterAll(async () => {
    await cluster?.stop();
    await redisServer?.stop();
  });

  it('reviews every pull request once on its newest head, across a killed worker, redeliveries and racing pushes', async () => {
    const [serverA, serverB] = await Promise.all([cluster.startApp('server-a'), cluster.startApp('server-b')]);
    const victim = await cluster.startWorker('worker-victim');

    // A worker dies in the middle of a review: its check run is open, its job is BullMQ's to hand on.
    cluster.holdTrees = 'pets-crash';
    expect((await cluster.deliver(serverA, pullRequestEvent(cluster.fake('pets-crash'), 'opened'))).status).toBeLessThan(300);
    await until(() => cluster.heldTrees > 0, 'the victim worker is in the middle of its review', [victim]);
    expect(cluster.checkRuns('pets-crash').map((run) => run.status)).toEqual(['in_progress']);
    victim.process.kill('SIGKILL');
    await new Promise((resolve) => victim.process.once('exit', resolve));
    cluster.forget('pets-crash');
    cluster.holdTrees = undefined;
    const workers = await Promise.all([cluster.startWorker('worker-1'), cluster.startWorker('worker-2')]);

    // Interleaved deliveries: the same delivery on both servers, and a late one of an older push.
    const deliveries = ['pets-1', 'pets-2', 'pets-3'].flatMap((name, index) => {
      const fake = cluster.fake(name);
      const opened = pullRequestEvent(fake, 'opened');
      const newest = pullRequestEvent(fake, 'synchronize');
      const older = withHead(pullRequestEvent(fake, 'synchronize'), olderHead, `older-${index}`);
      return [
        () => cluster.deliver(serverA, opened),
        () => cluster.deliver(serverB, opened),
        () => cluster.deliver(index % 2 === 0 ? serverA : serverB, newest),
        () => cluster.deliver(index % 2 === 0 ? serverB : serverA, older),
      ];
    });
    const answers = await Promise.all(deliveries.map((send, index) => new Promise((resolve) => setTimeout(resolve, (index * 37) % 120)).then(send)));
    expect(answers.map((response) => response.status).filter((status) => status >= 300)).toEqual([]);

    const all = [serverA, serverB, ...workers];
    const names = [...cluster.fakes.keys()];
    await until(async () => (await cluster.openLanes()) === 0 && names.every((name) => cluster.completedOnNewest(name).length === 1), 'every lane is closed and every pull request has its check', all);

    for (const name of names) {
      const runs = cluster.checkRuns(name);
      expect(runs.filter((run) => run.status !== 'completed'), `${name}: no check run left in progress`).toEqual([]);
      expect(runs.filter((run) => run.head_sha === headSha), `${name}: one check run on the newest head`).toHaveLength(1);
      expect(cluster.completedOnNewest(name)[0]?.conclusion, `${name}: the verdict of the breaking change`).toBe('failure');
      expect(cluster.fake(name).comments, `${name}: one summary comment`).toHaveLength(1);
    }
    expect(cluster.mostAtOnce, 'never two reviews of one pull request at once').toBe(1);
    // The crashed review's check run was taken over, not duplicated.
    expect(cluster.fake('pets-crash').find('POST', /\/check-runs$/)).toHaveLength(1);
    expect(all.map((running) => running.log).join('')).not.toContain('ghs_test');

    const metrics = await (await fetch(`${urlOf(serverA)}/metrics`)).text();
    expect(metrics).toMatch(/api_review_queue_jobs\{state="waiting"\} 0/);
    const workerLogs = workers.map((running) => running.log).join('');
    expect(workerLogs).toMatch(/stalled \(its worker stopped\)/);
  }, 240_000);

  it("reviews for a slash command in the pull request's lane, not in the server the comment reached", async () => {
    const server = await cluster.startApp('server-c');
    const worker = await cluster.startWorker('worker-3');
    const fake = cluster.fake('pets-2');
    const completions = (): number => fake.find('PATCH', /\/check-runs\/\d+$/).length + fake.find('POST', /\/check-runs$/).length;
    const before = completions();
    // The author asks for a review: the server enqueues it; the lane's worker reviews and publishes.
    expect((await cluster.deliver(server, issueCommentEvent(fake, '/api-review run', fake.author, 6001))).status).toBeLessThan(300);
    await until(async () => (await cluster.openLanes()) === 0 && completions() > before, 'the head is reviewed again', [server, worker]);
    expect(cluster.checkRuns('pets-2').filter((run) => run.head_sha === headSha), 'still one check run on the head: the lane keeps its ledger').toHaveLength(1);
    expect(fake.comments, 'one summary comment').toHaveLength(1);
    expect(server.log, 'the server only enqueued').not.toContain('review published');
    expect(fake.find('POST', /\/issues\/comments\/6001\/reactions$/).map((request) => request.body?.content)).toEqual(['eyes', '+1']);

    // The plan is replied from a review made in the server and published nowhere: no check run, no summary.
    const runsBefore = cluster.checkRuns('pets-2').length;
    expect((await cluster.deliver(server, issueCommentEvent(fake, '/api-review plan', fake.author, 6002))).status).toBeLessThan(300);
    await until(() => fake.comments.length === 2, 'the plan is replied', [server]);
    expect(fake.comments[1]?.body).toContain('Migration plan for API consumers');
    expect(cluster.checkRuns('pets-2'), 'no check run of its own').toHaveLength(runsBefore);
    expect(server.log).not.toContain('review published');
  }, 120_000);

  it('answers 503 to webhooks and /healthz while its Redis is away, and starts all the same', async () => {
    const closedPort = await freePort();
    const server = await cluster.startApp('server-no-redis', { REDIS_URL: `redis://127.0.0.1:${closedPort}` }, '/');
    const health = await fetch(`${urlOf(server)}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'unavailable' });
    const response = await cluster.deliver(server, pullRequestEvent(cluster.fake('pets-1'), 'opened'));
    expect(response.status).toBe(503);
  }, 120_000);
});
