// The review worker pool: a review pinned by a pattern outside V8's linear engine is terminated at
// its budget while the main thread stays responsive, the next review gets a fresh worker, a
// worker sees none of the App's secrets, and a memory bomb kills its worker, not the process.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config-schema.js';
import { loadRuleset } from '../../src/lint/load-ruleset.js';
import { analysisPoolOptions, createAnalysisPool, type AnalysisPool } from '../../src/pipeline/analysis-pool.js';
import { AnalysisStopped } from '../../src/pipeline/analysis-stopped.js';
import { reviewInWorker } from '../../src/pipeline/review-in-worker.js';
import { startAnalysisWorker } from '../../src/pipeline/start-analysis-worker.js';
import { withinReviewBudget } from '../../src/pipeline/within-review-budget.js';
import { memorySource } from '../../src/specs/memory-source.js';
import type { Worker } from 'node:worker_threads';

const fixture = (path: string): string => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const example = (name: string): string => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
const now = new Date('2026-11-25T00:00:00Z');
const pools: AnalysisPool[] = [];

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.close()));
});

/** A pool of one worker whose workers are recorded, to see them start and exit. */
function recordedPool(size = 1, heapMb = 1024, entry?: URL): { pool: AnalysisPool; workers: { worker: Worker; exited: Promise<number> }[] } {
  const workers: { worker: Worker; exited: Promise<number> }[] = [];
  const pool = createAnalysisPool({
    size,
    heapMb,
    start: (limits) => {
      const worker = startAnalysisWorker(limits, entry);
      workers.push({ worker, exited: new Promise((resolve) => worker.once('exit', resolve)) });
      return worker;
    },
  });
  pools.push(pool);
  return { pool, workers };
}

function reviewOf(headText: string, pool: AnalysisPool, signal?: AbortSignal) {
  const base = memorySource({ 'openapi.yaml': example('orders-v1.yaml') }, 'base');
  const head = memorySource({ 'openapi.yaml': headText }, 'head');
  return reviewInWorker(
    { pairs: [{ base: 'openapi.yaml', head: 'openapi.yaml' }], base, head, config: defaultConfig, ruleset: { kind: 'shipped' }, acceptances: [], now },
    signal,
    pool,
  );
}

describe('the review worker pool', () => {
  it('terminates a review pinned by a lookahead pattern at its budget, serving timers meanwhile, then reviews on a fresh worker', async () => {
    const { pool, workers } = recordedPool();
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 50);
    const started = Date.now();
    const pinned = withinReviewBudget(3, (signal) => reviewOf(fixture('hostile/redos-lookahead.yaml'), pool, signal), (message) => new Error(message));
    await expect(pinned).rejects.toThrow('the review took longer than 3 seconds (limits.seconds_per_review)');
    clearInterval(ticker);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(10_000);
    // The main thread ran its timers all along (a pinned main thread would tick 0 times).
    expect(ticks).toBeGreaterThan(elapsed / 50 / 4);
    // Stopped, not left running: the worker thread exited.
    await expect(workers[0]?.exited).resolves.toBeTypeOf('number');

    const next = await reviewOf(example('orders-v2.yaml'), pool);
    expect(next.ok && next.review.verdict).toBe('fail');
    expect(workers).toHaveLength(2);
  });

  it('keeps a worker between reviews (warm caches)', async () => {
    const { pool, workers } = recordedPool();
    for (let run = 0; run < 2; run += 1) expect((await reviewOf(example('orders-v2.yaml'), pool)).ok).toBe(true);
    expect(workers).toHaveLength(1);
  });

  it('starts a worker on warm() and runs the next review on it, starting no second one', async () => {
    const { pool, workers } = recordedPool();
    pool.warm();
    expect(workers).toHaveLength(1);
    pool.warm();
    expect(workers).toHaveLength(1);
    expect((await reviewOf(example('orders-v2.yaml'), pool)).ok).toBe(true);
    expect(workers).toHaveLength(1);
  });

  it('reports a ruleset that cannot load with the problems loadRuleset gives in process', async () => {
    const { pool } = recordedPool();
    const files = { 'rules.yaml': "extends: ['http://127.0.0.1:9/remote.yaml']\nrules: {}\n", 'openapi.yaml': example('orders-v1.yaml') };
    const inProcess = await loadRuleset({ kind: 'file', source: memorySource(files), path: 'rules.yaml' });
    expect(inProcess.ok).toBe(false);
    const outcome = await reviewInWorker(
      { pairs: [{ base: 'openapi.yaml', head: 'openapi.yaml' }], base: memorySource(files), head: memorySource(files), config: defaultConfig, ruleset: { kind: 'file', source: 'base', path: 'rules.yaml' }, acceptances: [], now },
      undefined,
      pool,
    );
    expect(outcome).toEqual({ ok: false, problems: inProcess.ok ? [] : inProcess.problems });
  });

  it('fails a review with the error the main thread source threw', async () => {
    const { pool } = recordedPool();
    class LimitReached extends Error {}
    const refusing = { label: 'head', read: async () => Promise.reject(new LimitReached('files read over limits.files')) };
    const base = memorySource({ 'openapi.yaml': example('orders-v1.yaml') });
    const review = reviewInWorker({ pairs: [{ base: 'openapi.yaml', head: 'openapi.yaml' }], base, head: refusing, config: defaultConfig, ruleset: { kind: 'shipped' }, acceptances: [], now }, undefined, pool);
    await expect(review).rejects.toBeInstanceOf(LimitReached);
  });

  it('gives a worker none of the parent environment', async () => {
    process.env.WEBHOOK_SECRET = 'webhook-secret-canary';
    process.env.PRIVATE_KEY = '-----BEGIN RSA PRIVATE KEY-----canary';
    process.env.OPENAI_API_KEY = 'sk-canary';
    const { pool } = recordedPool(1, 256, new URL('../fixtures/workers/report-environment.ts', import.meta.url));
    const result = (await pool.run({ kind: 'diff', pairs: [], config: defaultConfig, now }, {})) as unknown as { names: string[]; env: Record<string, string> };
    expect(result.names).toEqual([]);
    expect(JSON.stringify(result.env)).not.toMatch(/canary/);
  });

  it('ends a memory bomb with its worker, as a limit, and carries on', async () => {
    const { pool, workers } = recordedPool(1, 128, new URL('../fixtures/workers/memory-bomb.ts', import.meta.url));
    const bomb = pool.run({ kind: 'diff', pairs: [], config: defaultConfig, now }, {});
    await expect(bomb).rejects.toBeInstanceOf(AnalysisStopped);
    await expect(bomb).rejects.toThrow(/more than 128 MB of memory/);
    await expect(pool.run({ kind: 'diff', pairs: [], config: defaultConfig, now }, {})).rejects.toBeInstanceOf(AnalysisStopped);
    expect(workers).toHaveLength(2);
  });
});

describe('the pool settings', () => {
  it.each([
    { env: {}, size: Math.min(4, Math.max(1, availableParallelism())), heapMb: 4096 },
    { env: { API_REVIEW_WORKERS: '3', API_REVIEW_WORKER_HEAP_MB: '1024' }, size: 3, heapMb: 1024 },
    { env: { API_REVIEW_WORKERS: '0', API_REVIEW_WORKER_HEAP_MB: 'lots' }, size: Math.min(4, Math.max(1, availableParallelism())), heapMb: 4096 },
  ])('$env', ({ env, size, heapMb }) => {
    expect(analysisPoolOptions(env)).toEqual({ size, heapMb });
  });
});
