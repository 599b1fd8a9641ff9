// publish (replicas): the check-run ledger in Redis — one key per reviewed head and pull request,
// holding the id of its `API Review` run, and the lane told which run is still open so a job that
// gives up can complete it. Kept two weeks: a redelivery later than that creates a fresh run.
import type { Redis } from 'ioredis';
import type { CheckRunLedger, ReviewedHead } from '../github/check-run-ledger.js';
import type { ReviewLanes } from './review-lane.js';

const keptSeconds = 14 * 86_400;

export function redisCheckRunLedger(redis: Redis, prefix: string, lane: { lanes: ReviewLanes; laneKey: string }): CheckRunLedger {
  const keyOf = (head: ReviewedHead): string => `${prefix}:check-run:${head.owner}/${head.repo}@${head.headSha}#${head.pullNumber}`.toLowerCase();
  return {
    find: async (head) => {
      const id = await redis.get(keyOf(head));
      return id === null ? undefined : Number(id);
    },
    record: async (head, checkRunId, state) => {
      await redis.set(keyOf(head), String(checkRunId), 'EX', keptSeconds);
      if (state === 'in_progress') await lane.lanes.noteOpenCheck(lane.laneKey, { owner: head.owner, repo: head.repo, checkRunId });
      else await lane.lanes.noteClosedCheck(lane.laneKey);
    },
  };
}
