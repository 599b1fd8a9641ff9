// The replicas' environment: REDIS_URL alone switches them on; the rest falls back to its default
// on anything that is not a usable value.
import { describe, expect, it } from 'vitest';
import { defaultReplicaSettings, replicaSettingsOf } from '../../src/server/replica-settings.js';

describe('replicaSettingsOf', () => {
  it.each([
    { name: 'unset', env: {} },
    { name: 'empty', env: { REDIS_URL: '' } },
    { name: 'blank', env: { REDIS_URL: '  ' } },
  ])('runs in one process when REDIS_URL is $name', ({ env }) => expect(replicaSettingsOf(env)).toBeUndefined());

  it.each([
    { name: 'defaults', env: {}, expected: { keyPrefix: 'api-review', concurrency: defaultReplicaSettings.concurrency, stalledSeconds: 30 } },
    { name: 'all set', env: { REDIS_KEY_PREFIX: 'team-a', REVIEW_QUEUE_CONCURRENCY: '4', REVIEW_QUEUE_STALLED_SECONDS: '5' }, expected: { keyPrefix: 'team-a', concurrency: 4, stalledSeconds: 5 } },
    { name: 'a webhook-only server', env: { REVIEW_QUEUE_CONCURRENCY: '0' }, expected: { concurrency: 0 } },
    { name: 'unusable numbers', env: { REVIEW_QUEUE_CONCURRENCY: '1.5', REVIEW_QUEUE_STALLED_SECONDS: '0' }, expected: { concurrency: 2, stalledSeconds: 30 } },
    { name: 'words', env: { REVIEW_QUEUE_CONCURRENCY: 'many', REVIEW_QUEUE_STALLED_SECONDS: '-3' }, expected: { concurrency: 2, stalledSeconds: 30 } },
  ])('$name', ({ env, expected }) => {
    expect(replicaSettingsOf({ REDIS_URL: 'redis://127.0.0.1:6379', ...env })).toMatchObject({ redisUrl: 'redis://127.0.0.1:6379', ...expected });
  });
});
