// trigger (replicas): the lane of one pull request in Redis — the newest review request, how many
// arrived, and whether a queue job for the pull request is open. BullMQ carries the jobs; the lane
// is what makes "one job per pull request at a time, newest request wins" atomic across replicas.
// A request while a job is open only replaces the lane's request: the running job sees the newer
// sequence number when it finishes and reviews again, so nothing is lost between its last look and
// BullMQ removing the job (the race a job id alone cannot close, since an active job keeps its id).
import type { Redis } from 'ioredis';
import type { ReviewRequest } from './review-request.js';

/** A lane with no open job is forgotten after this long (only its counters remain until then). */
const idleLaneSeconds = 30 * 86_400;

// KEYS[1] lane; ARGV[1] request JSON. Returns { generation of the open job, 1 when this request opened it }.
const requestScript = `
redis.call('HSET', KEYS[1], 'request', ARGV[1])
redis.call('HINCRBY', KEYS[1], 'seq', 1)
redis.call('PERSIST', KEYS[1])
if redis.call('HGET', KEYS[1], 'open') == '1' then return { tonumber(redis.call('HGET', KEYS[1], 'gen')), 0 } end
redis.call('HSET', KEYS[1], 'open', '1')
return { redis.call('HINCRBY', KEYS[1], 'gen', 1), 1 }`;

// KEYS[1] lane. Returns { request JSON, seq, requests since the last take } or nil.
const takeScript = `
local request = redis.call('HGET', KEYS[1], 'request')
if not request then return nil end
local seq = tonumber(redis.call('HGET', KEYS[1], 'seq') or '0')
local taken = tonumber(redis.call('HGET', KEYS[1], 'taken') or '0')
redis.call('HSET', KEYS[1], 'taken', seq)
return { request, seq, seq - taken }`;

// KEYS[1] lane; ARGV[1] the seq reviewed, ARGV[2] idle expiry. 1 = closed, 0 = a newer request came.
const finishScript = `
if tonumber(redis.call('HGET', KEYS[1], 'seq') or '0') ~= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'open', '0')
redis.call('HDEL', KEYS[1], 'check')
redis.call('EXPIRE', KEYS[1], ARGV[2])
return 1`;

// KEYS[1] lane; ARGV[1] idle expiry. Closes the lane and hands out its unfinished check run, once.
const abandonScript = `
local check = redis.call('HGET', KEYS[1], 'check')
if not check then check = '' end
local request = redis.call('HGET', KEYS[1], 'request')
if not request then request = '' end
redis.call('HDEL', KEYS[1], 'check')
redis.call('HSET', KEYS[1], 'open', '0')
redis.call('EXPIRE', KEYS[1], ARGV[1])
return { check, request }`;

export interface TakenRequest {
  request: ReviewRequest;
  seq: number;
  /** More than one request arrived since the last take: the latest delivered need not be the newest head. */
  coalesced: boolean;
}

/** A check run a lane's job started and has not completed yet. */
export interface OpenCheckRun {
  owner: string;
  repo: string;
  checkRunId: number;
}

/** The lane's open job after a request: adding it again is harmless (BullMQ ignores a known job id). */
export interface OpenJob {
  jobId: string;
  /** This request opened the job (else a waiting or running job will see it). */
  opened: boolean;
}

/** A job that gave up: the check run it left open, if any, and the request it was serving. */
export interface AbandonedLane {
  check?: OpenCheckRun;
  request?: ReviewRequest;
}

export interface ReviewLanes {
  /**
   * Records the request and names the lane's open job. The caller adds that job every time: should
   * an earlier add have been lost (Redis failing between the two calls), the next delivery restores it.
   */
  request(request: ReviewRequest): Promise<OpenJob>;
  take(laneKey: string): Promise<TakenRequest | undefined>;
  /** True when the lane is closed; false when a newer request arrived and the job must review again. */
  finish(laneKey: string, seq: number): Promise<boolean>;
  noteOpenCheck(laneKey: string, check: OpenCheckRun): Promise<void>;
  noteClosedCheck(laneKey: string): Promise<void>;
  /** Closes the lane of a job that gave up; hands its still-open check run to one caller only. */
  abandon(laneKey: string): Promise<AbandonedLane>;
}

/** The lane a job id belongs to (`owner/repo#7@3` → `owner/repo#7`). */
export function laneKeyOfJob(jobId: string): string {
  return jobId.replace(/@\d+$/, '');
}

export function reviewLanes(redis: Redis, prefix: string): ReviewLanes {
  const keyOf = (laneKey: string): string => `${prefix}:lane:${laneKey}`;
  return {
    request: async (request) => {
      const [generation, opened] = (await redis.eval(requestScript, 1, keyOf(request.laneKey), JSON.stringify(request))) as [number, number];
      return { jobId: `${request.laneKey}@${generation}`, opened: Number(opened) === 1 };
    },
    take: async (laneKey) => {
      const taken = (await redis.eval(takeScript, 1, keyOf(laneKey))) as [string, number, number] | null;
      if (!taken) return undefined;
      return { request: JSON.parse(taken[0]) as ReviewRequest, seq: Number(taken[1]), coalesced: Number(taken[2]) > 1 };
    },
    finish: async (laneKey, seq) => Number(await redis.eval(finishScript, 1, keyOf(laneKey), String(seq), String(idleLaneSeconds))) === 1,
    noteOpenCheck: async (laneKey, check) => {
      await redis.hset(keyOf(laneKey), 'check', JSON.stringify(check));
    },
    noteClosedCheck: async (laneKey) => {
      await redis.hdel(keyOf(laneKey), 'check');
    },
    abandon: async (laneKey) => {
      const [check, request] = (await redis.eval(abandonScript, 1, keyOf(laneKey), String(idleLaneSeconds))) as [string, string];
      return {
        ...(check ? { check: JSON.parse(check) as OpenCheckRun } : {}),
        ...(request ? { request: JSON.parse(request) as ReviewRequest } : {}),
      };
    },
  };
}
