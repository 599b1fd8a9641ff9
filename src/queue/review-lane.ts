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

// KEYS[1] lane; ARGV[1] request JSON. Returns the new job generation, or 0 when a job is open.
const requestScript = `
redis.call('HSET', KEYS[1], 'request', ARGV[1])
redis.call('HINCRBY', KEYS[1], 'seq', 1)
redis.call('PERSIST', KEYS[1])
if redis.call('HGET', KEYS[1], 'open') == '1' then return 0 end
redis.call('HSET', KEYS[1], 'open', '1')
return redis.call('HINCRBY', KEYS[1], 'gen', 1)`;

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
redis.call('HDEL', KEYS[1], 'check')
redis.call('HSET', KEYS[1], 'open', '0')
redis.call('EXPIRE', KEYS[1], ARGV[1])
return check`;

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

export interface ReviewLanes {
  /** Records the request; returns the job id to add when no job is open for the pull request, else undefined. */
  request(request: ReviewRequest): Promise<string | undefined>;
  take(laneKey: string): Promise<TakenRequest | undefined>;
  /** True when the lane is closed; false when a newer request arrived and the job must review again. */
  finish(laneKey: string, seq: number): Promise<boolean>;
  noteOpenCheck(laneKey: string, check: OpenCheckRun): Promise<void>;
  /** Closes the lane of a job that gave up; returns its check run still open, if any (to one caller only). */
  abandon(laneKey: string): Promise<OpenCheckRun | undefined>;
}

export function reviewLanes(redis: Redis, prefix: string): ReviewLanes {
  const keyOf = (laneKey: string): string => `${prefix}:lane:${laneKey}`;
  return {
    request: async (request) => {
      const generation = Number(await redis.eval(requestScript, 1, keyOf(request.laneKey), JSON.stringify(request)));
      return generation > 0 ? `${request.laneKey}@${generation}` : undefined;
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
    abandon: async (laneKey) => {
      const check = (await redis.eval(abandonScript, 1, keyOf(laneKey), String(idleLaneSeconds))) as string | null;
      return check ? (JSON.parse(check) as OpenCheckRun) : undefined;
    },
  };
}
