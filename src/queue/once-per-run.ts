// digest (replicas): a scheduled run done by one replica only. Every replica schedules the digests
// and fires at the same minute; the first to claim the run's key in Redis writes the digest, the
// others skip it. A run that fails gives its claim back, so the next refresh (on any replica) retries.
import type { Redis } from 'ioredis';

/** Runs `run` unless another replica claimed `key` first; resolves whether this one ran it. */
export type OncePerRun = (key: string, run: () => Promise<unknown>) => Promise<boolean>;

/** Longer than any digest period in use (weekly), so a claim outlives the chance of a second fire. */
const claimSeconds = 14 * 86_400;

export function oncePerRunIn(redis: Redis, prefix: string): OncePerRun {
  return async (key, run) => {
    const claimKey = `${prefix}:once:${key}`;
    const claimed = await redis.set(claimKey, new Date().toISOString(), 'EX', claimSeconds, 'NX');
    if (claimed !== 'OK') return false;
    try {
      await run();
      return true;
    } catch (error) {
      await redis.del(claimKey).catch(() => undefined);
      throw error;
    }
  };
}
