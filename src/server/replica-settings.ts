// Operations: the environment of replicas. REDIS_URL alone switches them on; without it the App
// runs in one process exactly as before, with no extra service. The rest has defaults that suit a
// team's deployment and is named here once for the server, the worker and the README.

export interface ReplicaSettings {
  redisUrl: string;
  /** Prefix of every Redis key the App writes (REDIS_KEY_PREFIX), so deployments can share a Redis. */
  keyPrefix: string;
  /** Reviews one process's worker takes at once (REVIEW_QUEUE_CONCURRENCY); 0 in `npm start` runs no worker there. */
  concurrency: number;
  /** How long a worker may go silent before its job is handed to another (REVIEW_QUEUE_STALLED_SECONDS). */
  stalledSeconds: number;
}

export interface ReplicaEnv {
  REDIS_URL?: string | undefined;
  REDIS_KEY_PREFIX?: string | undefined;
  REVIEW_QUEUE_CONCURRENCY?: string | undefined;
  REVIEW_QUEUE_STALLED_SECONDS?: string | undefined;
}

export const defaultReplicaSettings = { keyPrefix: 'api-review', concurrency: 2, stalledSeconds: 30 } as const;

/** The replicas' settings, or undefined when REDIS_URL is unset or empty (one process). */
export function replicaSettingsOf(env: ReplicaEnv): ReplicaSettings | undefined {
  const redisUrl = env.REDIS_URL?.trim() ?? '';
  if (redisUrl === '') return undefined;
  return {
    redisUrl,
    keyPrefix: env.REDIS_KEY_PREFIX?.trim() || defaultReplicaSettings.keyPrefix,
    concurrency: wholeNumber(env.REVIEW_QUEUE_CONCURRENCY, defaultReplicaSettings.concurrency, 0),
    stalledSeconds: wholeNumber(env.REVIEW_QUEUE_STALLED_SECONDS, defaultReplicaSettings.stalledSeconds, 1),
  };
}

/** An unset, empty, fractional or too small value means the default. */
function wholeNumber(text: string | undefined, fallback: number, min: number): number {
  const value = Number(text?.trim() || Number.NaN);
  return Number.isInteger(value) && value >= min ? value : fallback;
}
