// The pull request lanes against a real Redis: one open job per pull request, the newest request
// wins, a request during a review makes the job review again, a given-up job's check run is handed
// out once.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laneKeyOfJob, reviewLanes, type ReviewLanes } from '../../src/queue/review-lane.js';
import { laneKeyOf, type ReviewRequest } from '../../src/queue/review-request.js';
import { noRedisReason, redisAvailable, testRedis, type TestRedis } from './test-redis.js';

const available = redisAvailable();
if (!available) console.warn(`skipped: ${noRedisReason}`);

let server: TestRedis;
let redis: Redis;
let lanes: ReviewLanes;

const request = (pullNumber: number, headSha: string): ReviewRequest => ({
  laneKey: laneKeyOf('Octo', 'Pets', pullNumber),
  installationId: 1,
  owner: 'Octo',
  repo: 'Pets',
  pullNumber,
  headSha,
  requestedAt: 0,
});

describe.skipIf(!available)('review lanes', () => {
  beforeAll(async () => {
    server = await testRedis('lane');
    redis = new Redis(server.url);
    lanes = reviewLanes(redis, server.prefix);
  });
  afterAll(async () => {
    redis?.disconnect();
    await server?.stop();
  });

  it.each([
    ['octo/pets#7@12', 'octo/pets#7'],
    ['a/b#1@1', 'a/b#1'],
  ])('reads the lane of job %s', (jobId, laneKey) => expect(laneKeyOfJob(jobId)).toBe(laneKey));

  it('opens one job per pull request and lets the newest request replace the waiting one', async () => {
    expect(await lanes.request(request(1, 'a'))).toEqual({ jobId: 'octo/pets#1@1', opened: true });
    expect(await lanes.request(request(1, 'b'))).toEqual({ jobId: 'octo/pets#1@1', opened: false });
    expect(await lanes.request(request(2, 'x'))).toEqual({ jobId: 'octo/pets#2@1', opened: true });
    const taken = await lanes.take('octo/pets#1');
    expect(taken).toEqual({ request: request(1, 'b'), seq: 2, coalesced: true });
    expect(await lanes.finish('octo/pets#1', 2)).toBe(true);
    // Closed: the next request opens a new generation of the job.
    expect(await lanes.request(request(1, 'c'))).toEqual({ jobId: 'octo/pets#1@2', opened: true });
    expect(await lanes.take('octo/pets#1')).toEqual({ request: request(1, 'c'), seq: 3, coalesced: false });
  });

  it('keeps the job open when a request arrives during the review, so it reviews again', async () => {
    expect((await lanes.request(request(3, 'a'))).opened).toBe(true);
    const first = await lanes.take('octo/pets#3');
    expect((await lanes.request(request(3, 'b'))).opened).toBe(false);
    expect(await lanes.finish('octo/pets#3', first?.seq ?? 0)).toBe(false);
    const second = await lanes.take('octo/pets#3');
    expect(second?.request.headSha).toBe('b');
    expect(await lanes.finish('octo/pets#3', second?.seq ?? 0)).toBe(true);
  });

  it('hands a given-up job\'s open check run to exactly one caller and closes the lane', async () => {
    await lanes.request(request(4, 'a'));
    await lanes.take('octo/pets#4');
    await lanes.noteOpenCheck('octo/pets#4', { owner: 'Octo', repo: 'Pets', checkRunId: 99 });
    const claims = await Promise.all([lanes.abandon('octo/pets#4'), lanes.abandon('octo/pets#4')]);
    expect(claims.map((claim) => claim.check).filter((check) => check !== undefined)).toEqual([{ owner: 'Octo', repo: 'Pets', checkRunId: 99 }]);
    expect(claims[0]?.request).toEqual(request(4, 'a'));
    expect(await lanes.request(request(4, 'b'))).toEqual({ jobId: 'octo/pets#4@2', opened: true });
  });

  it('forgets a completed check run, so giving up later leaves its verdict alone', async () => {
    await lanes.request(request(6, 'a'));
    await lanes.noteOpenCheck('octo/pets#6', { owner: 'Octo', repo: 'Pets', checkRunId: 7 });
    await lanes.noteClosedCheck('octo/pets#6');
    expect((await lanes.abandon('octo/pets#6')).check).toBeUndefined();
  });

  it('opens exactly one job when many replicas request at once', async () => {
    const jobs = await Promise.all(Array.from({ length: 20 }, (_, index) => lanes.request(request(5, `h${index}`))));
    expect(jobs.filter((job) => job.opened)).toHaveLength(1);
    expect(new Set(jobs.map((job) => job.jobId))).toEqual(new Set(['octo/pets#5@1']));
  });
});
