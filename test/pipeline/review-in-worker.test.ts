// A review of many specs on the worker pool (issue 22): the batches run on every worker at once,
// the review is the one a single job gives whichever batch finishes first, one budget stops them
// all, and a spec that does not parse is named while the others are still reviewed.
import { readFileSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config-schema.js';
import type { AnalysisJob, AnalysisResult } from '../../src/pipeline/analysis-job.js';
import { createAnalysisPool, type AnalysisPool } from '../../src/pipeline/analysis-pool.js';
import { reviewInWorker, type WorkerReviewRequest } from '../../src/pipeline/review-in-worker.js';
import { specBatches } from '../../src/pipeline/spec-batches.js';
import { startAnalysisWorker } from '../../src/pipeline/start-analysis-worker.js';
import { withinReviewBudget } from '../../src/pipeline/within-review-budget.js';
import { memorySource } from '../../src/specs/memory-source.js';
import { monorepo } from '../fixtures/monorepo/monorepo-specs.js';

const now = new Date('2026-12-05T00:00:00Z');
const pools: AnalysisPool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.close()));
});

/** A real pool whose started workers are recorded, to see them start and exit. */
function recordedPool(size: number): { pool: AnalysisPool; workers: { exited: Promise<number> }[] } {
  const workers: { exited: Promise<number> }[] = [];
  const pool = createAnalysisPool({
    size,
    heapMb: 1024,
    start: (limits) => {
      const worker: Worker = startAnalysisWorker(limits);
      workers.push({ exited: new Promise((resolve) => worker.once('exit', resolve)) });
      return worker;
    },
  });
  pools.push(pool);
  return { pool, workers };
}

/**
 * The pool as the review sees it, watched: how many jobs ran at once, and the order they ended
 * in. `holdFirstOf` (the number of jobs) keeps the first job's result until every other job has
 * ended, so the first batch is the last to finish.
 */
function watchedPool(pool: AnalysisPool, holdFirstOf?: number): { pool: AnalysisPool; mostAtOnce: () => number; finished: number[]; started: number } {
  let running = 0;
  let most = 0;
  let jobs = 0;
  const finished: number[] = [];
  let othersEnded: () => void = () => undefined;
  const allOthersEnded = new Promise<void>((resolve) => (othersEnded = resolve));
  const watched = {
    size: pool.size,
    close: () => pool.close(),
    warm: () => pool.warm(),
    run: async (job: AnalysisJob, ...rest: Parameters<AnalysisPool['run']> extends [AnalysisJob, ...infer R] ? R : never): Promise<AnalysisResult> => {
      const index = jobs;
      jobs += 1;
      view.started = jobs;
      running += 1;
      most = Math.max(most, running);
      try {
        const result = await pool.run(job, ...rest);
        return result;
      } finally {
        running -= 1;
        if (holdFirstOf !== undefined && index === 0) await allOthersEnded;
        finished.push(index);
        if (finished.length === (holdFirstOf ?? 0) - 1 && !finished.includes(0)) othersEnded();
      }
    },
  };
  const view = { pool: watched, mostAtOnce: () => most, finished, started: 0 };
  return view;
}

function monorepoRequest(changed: number, edit: (headFiles: Record<string, string>) => void = () => undefined): WorkerReviewRequest {
  const repo = monorepo({ count: changed * 2, changed });
  edit(repo.headFiles);
  return {
    pairs: repo.changedSpecs.map((path) => ({ base: path, head: path })),
    base: memorySource(repo.baseFiles, 'base'),
    head: memorySource(repo.headFiles, 'head'),
    config: defaultConfig,
    ruleset: { kind: 'shipped' },
    acceptances: [],
    now,
  };
}

/** Today's way, the reference: every pair in one job on one worker. */
async function asOneJob(request: WorkerReviewRequest, pool: AnalysisPool): Promise<AnalysisResult> {
  const { base, head, pairs, config, ruleset, acceptances } = request;
  return pool.run({ kind: 'review', pairs, config, ruleset, acceptances, now }, { base, head });
}

describe('a review of many specs on the worker pool', () => {
  it('runs its batches on both workers at once and gives the review one job gives, though the first batch ends last', async () => {
    const { pool } = recordedPool(2);
    const request = monorepoRequest(12);
    const watched = watchedPool(pool, specBatches(request.pairs, pool.size).length);
    const outcome = await reviewInWorker(request, undefined, watched.pool);
    expect(watched.mostAtOnce()).toBe(2);
    expect(watched.finished.at(-1)).toBe(0);
    expect(watched.finished).toHaveLength(6);

    const reference = await asOneJob(request, pool);
    expect(reference.kind).toBe('review');
    if (reference.kind !== 'review' || !outcome.ok) throw new Error('both reviews should run');
    expect(outcome.review).toEqual(reference.review);
    expect(outcome.changedOperations).toEqual(reference.changedOperations);
    expect(outcome.review.specs.map((spec) => spec.spec)).toEqual(request.pairs.map((pair) => pair.head));
    expect(outcome.review.verdict).toBe('fail');
  }, 120_000);

  it('names a spec that does not parse and still reviews the others', async () => {
    const { pool } = recordedPool(2);
    let broken = '';
    const request = monorepoRequest(8, (headFiles) => {
      broken = Object.keys(headFiles).filter((path) => path.startsWith('services/'))[2] as string;
      headFiles[broken] = 'openapi: 3.0.3\ninfo: [unclosed\n';
    });
    const outcome = await reviewInWorker(request, undefined, pool);
    if (!outcome.ok) throw new Error('the review should run');
    const specs = new Map(outcome.review.specs.map((spec) => [spec.spec, spec]));
    expect(specs.get(broken)?.items.map((item) => [item.kind, item.source?.file])).toEqual([['invalid-spec', broken]]);
    const others = outcome.review.specs.filter((spec) => spec.spec !== broken);
    expect(others).toHaveLength(7);
    expect(others.every((spec) => spec.changes.length > 0)).toBe(true);
  }, 120_000);

  it('stops every batch at the one review budget: running workers terminated, queued batches never started', async () => {
    const { pool, workers } = recordedPool(2);
    const hostile = readFileSync(new URL('../fixtures/hostile/redos-lookahead.yaml', import.meta.url), 'utf8');
    const pinned = Array.from({ length: 8 }, (_, index) => `services/pinned-${index}/openapi.yaml`);
    const files = Object.fromEntries(pinned.map((path) => [path, hostile]));
    const watched = watchedPool(pool);
    const started = Date.now();
    const review = withinReviewBudget(
      3,
      (signal) => reviewInWorker({ pairs: pinned.map((path) => ({ head: path })), base: memorySource({}), head: memorySource(files), config: defaultConfig, ruleset: { kind: 'shipped' }, acceptances: [], now }, signal, watched.pool),
      (message) => new Error(message),
    );
    await expect(review).rejects.toThrow('the review took longer than 3 seconds (limits.seconds_per_review)');
    expect(Date.now() - started).toBeLessThan(10_000);
    await Promise.all(workers.map((worker) => expect(worker.exited).resolves.toBeTypeOf('number')));
    expect(workers).toHaveLength(2);
    expect(watched.started).toBe(2);

    const next = await reviewInWorker(monorepoRequest(4), undefined, pool);
    expect(next.ok && next.review.specs).toHaveLength(4);
  }, 120_000);

  it('fails the review with the error of the first batch whose source failed', async () => {
    const { pool } = recordedPool(2);
    class LimitReached extends Error {}
    const request = monorepoRequest(8);
    const refusing = { label: 'head', read: async () => Promise.reject(new LimitReached('files read over limits.files')) };
    await expect(reviewInWorker({ ...request, head: refusing }, undefined, pool)).rejects.toBeInstanceOf(LimitReached);
  }, 120_000);

  it('reports a ruleset that cannot load once, as one job does', async () => {
    const { pool } = recordedPool(2);
    const request = monorepoRequest(8);
    const rulesetSource = memorySource({ 'rules.yaml': 'rules:\n  broken: 12\n' });
    const outcome = await reviewInWorker({ ...request, ruleset: { kind: 'file', source: 'ruleset', path: 'rules.yaml' }, rulesetSource }, undefined, pool);
    const reference = await pool.run({ kind: 'review', pairs: request.pairs.slice(0, 1), config: defaultConfig, ruleset: { kind: 'file', source: 'ruleset', path: 'rules.yaml' }, acceptances: [], now }, { ruleset: rulesetSource });
    expect(reference.kind).toBe('ruleset-problems');
    expect(outcome).toEqual({ ok: false, problems: reference.kind === 'ruleset-problems' ? reference.problems : [] });
  }, 120_000);
});
