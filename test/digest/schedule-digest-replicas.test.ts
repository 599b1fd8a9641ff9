// The weekly digest with replicas: every replica schedules it, one writes it per scheduled run, and
// one that came due while no replica ran is written at the first refresh after start. Real Redis
// for the claim; GitHub scripted through nock as in schedule-digest.test.ts.
import { Redis } from 'ioredis';
import { Probot } from 'probot';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scheduleDigest, type DigestScheduler } from '../../src/digest/schedule-digest.js';
import { installationHostOf, type InstallationHost } from '../../src/github/app-installations.js';
import { oncePerRunIn, type OncePerRun } from '../../src/queue/once-per-run.js';
import { noRedisReason, redisAvailable, testRedis, type TestRedis } from '../queue/test-redis.js';
import { useScriptedWeek } from './scripted-github.js';
import { now as mondayEight } from './scripted-week.js';

const available = redisAvailable();
if (!available) console.warn(`skipped: ${noRedisReason}`);

/** The replicas start three minutes after the digest's time (Monday 08:00 UTC): it is due. */
const startedAt = new Date(mondayEight.getTime() + 3 * 60_000);

describe.skipIf(!available)('the digest across replicas', () => {
  let server: TestRedis;
  let redis: Redis;
  const week = useScriptedWeek();
  let schedulers: DigestScheduler[] = [];
  let written: string[];

  beforeAll(async () => {
    server = await testRedis('digest');
    redis = new Redis(server.url);
  });
  afterAll(async () => {
    redis?.disconnect();
    await server?.stop();
  });
  beforeEach(() => {
    written = [];
  });
  afterEach(() => {
    for (const scheduler of schedulers) scheduler.stop();
    schedulers = [];
  });

  /** A replica: its own Probot, the shared claim; what it writes is logged as "created" or "updated". */
  const replica = (oncePerRun: OncePerRun | undefined): DigestScheduler => {
    const host: InstallationHost = installationHostOf(new Probot({ githubToken: 'test-token', logLevel: 'fatal' }));
    const logged: InstallationHost = { ...host, log: { ...host.log, info: (message) => void (/: (created|updated) /.test(message) && written.push(message)) } };
    const scheduler = scheduleDigest(logged, { now: () => startedAt, firstRefreshMs: 3_600_000, ...(oncePerRun ? { oncePerRun } : {}) });
    schedulers.push(scheduler);
    return scheduler;
  };

  const until = async (condition: () => boolean, what: string): Promise<void> => {
    // A digest lints the branch's specs: seconds on a busy machine.
    const deadline = Date.now() + 90_000;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  it('writes a digest that came due before start once, however many replicas start', async () => {
    const shared = oncePerRunIn(redis, `${server.prefix}:a`);
    const replicas = [replica(shared), replica(shared), replica(shared)];
    await Promise.all(replicas.map((scheduler) => scheduler.refresh()));
    await until(() => written.length >= 1, 'one replica wrote the digest');
    // The others' claims were refused at once; give a wrong second write the time to show.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(written).toHaveLength(1);
    expect(week.fake.issues).toHaveLength(1);
    // A refresh later (an hour on) does not write the same scheduled run again.
    await Promise.all(replicas.map((scheduler) => scheduler.refresh()));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(written).toHaveLength(1);
  });

  it('catches up only with replicas: one process without Redis keeps waiting for the next run', async () => {
    const alone = replica(undefined);
    await alone.refresh();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(written).toEqual([]);
  });

  it('gives the claim back when the run fails, so the next refresh retries', async () => {
    const shared = oncePerRunIn(redis, `${server.prefix}:b`);
    await expect(shared('run', () => Promise.reject(new Error('GitHub is down')))).rejects.toThrow('GitHub is down');
    expect(await shared('run', () => Promise.resolve())).toBe(true);
    expect(await shared('run', () => Promise.resolve())).toBe(false);
  });
});
