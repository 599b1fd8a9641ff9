// The Redis the queue tests run against: API_REVIEW_TEST_REDIS_URL when CI (.ci/run) exports it,
// else a private `redis-server` started on a free loopback port when the binary exists, else none
// (the caller skips, saying why). Each test file works under its own key prefix, so files running
// in parallel on one server never see each other's keys, and cleans up only that prefix.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

export interface TestRedis {
  url: string;
  /** A key prefix no other test file uses. */
  prefix: string;
  /** Deletes this file's keys and stops the private server, if one was started. */
  stop(): Promise<void>;
}

export const noRedisReason = 'no Redis for the queue tests: set API_REVIEW_TEST_REDIS_URL or install redis-server';

export function redisAvailable(): boolean {
  return Boolean(process.env.API_REVIEW_TEST_REDIS_URL) || spawnSync('redis-server', ['--version']).status === 0;
}

export async function testRedis(name: string): Promise<TestRedis> {
  const prefix = `api-review-test-${name}-${randomBytes(4).toString('hex')}`;
  const shared = process.env.API_REVIEW_TEST_REDIS_URL;
  let server: ChildProcess | undefined;
  let url = shared;
  if (!url) {
    const port = await freePort();
    server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    url = `redis://127.0.0.1:${port}`;
    await untilPong(url);
  }
  const address = url;
  return {
    url: address,
    prefix,
    stop: async () => {
      if (server) {
        server.kill('SIGTERM');
        return;
      }
      await deleteKeys(address, `${prefix}*`);
    },
  };
}

async function deleteKeys(url: string, pattern: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

async function untilPong(url: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    // Refused until the server listens: the rejected connect() below says so; no stray error event.
    redis.on('error', () => undefined);
    try {
      await redis.connect();
      if ((await redis.ping()) === 'PONG') return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    } finally {
      redis.disconnect();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
