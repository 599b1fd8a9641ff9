// analyze: `reviewSpecs` run on the review workers (analysis-pool.ts) instead of this thread. The
// ruleset is named, not passed: the worker loads it, and a ruleset that cannot be used comes
// back as the problems `loadRuleset` reports, for the caller to word as before. A change to many
// specs (a monorepo) is cut into batches reviewed on all the pool's workers at once, each
// assessed where its documents are, and merged in the pairs' order (merge-review-parts.ts).
import type { RulesetProblem } from '../lint/index.js';
import type { ChangedOperations } from '../llm/changed-operations.js';
import type { Review } from '../review/review.js';
import type { FileSource } from '../specs/file-source.js';
import type { AnalysisJob, AnalysisResult, JobSources, RulesetRequest } from './analysis-job.js';
import { sharedAnalysisPool, type AnalysisPool } from './analysis-pool.js';
import { mergeReviewParts, type ReviewPart } from './merge-review-parts.js';
import type { ReviewRequest } from './review-specs.js';
import { createSlots } from './review-slots.js';
import { specBatches } from './spec-batches.js';

export interface WorkerReviewRequest extends Omit<ReviewRequest, 'ruleset'> {
  ruleset: RulesetRequest;
  /** Where a `{ source: 'ruleset' }` ruleset file is read (the CLI's `--ruleset FILE`). */
  rulesetSource?: FileSource;
}

export type WorkerReviewOutcome = { ok: true; review: Review; changedOperations: ChangedOperations } | { ok: false; problems: RulesetProblem[] };

type ReviewJob = Extract<AnalysisJob, { kind: 'review' }>;

export async function reviewInWorker(request: WorkerReviewRequest, signal?: AbortSignal, pool: AnalysisPool = sharedAnalysisPool()): Promise<WorkerReviewOutcome> {
  const { base, head, rulesetSource, onProgress, pairs, ...job } = request;
  const sources = { base, head, ...(rulesetSource ? { ruleset: rulesetSource } : {}) };
  const batches = specBatches(pairs, pool.size);
  if (batches.length <= 1) return outcomeOf(await pool.run({ kind: 'review', ...job, pairs }, sources, signal, onProgress));
  const results = await inBatches(batches.map((batch) => ({ kind: 'review', ...job, pairs: batch })), sources, pool, signal, onProgress);
  const refused = results.find((result) => result.kind === 'ruleset-problems');
  if (refused) return outcomeOf(refused);
  const parts = results.map(partOf);
  return { ok: true, ...mergeReviewParts(parts, { config: job.config, acceptances: job.acceptances, now: job.now }) };
}

/**
 * The batches' results in batch order, at most as many running at once as the pool has workers.
 * The review takes a worker only as one of its batches ends, so the batches of another review
 * queued meanwhile interleave with this one's instead of waiting for all of it. The first batch
 * that fails, or a ruleset every batch would refuse, stops the batches not yet started; the
 * review's signal (its budget) stops them all, running ones included (the pool terminates them).
 */
async function inBatches(jobs: ReviewJob[], sources: JobSources, pool: AnalysisPool, signal?: AbortSignal, onProgress?: ReviewRequest['onProgress']): Promise<AnalysisResult[]> {
  const lanes = createSlots(pool.size);
  let refused: AnalysisResult | undefined;
  let failed: { error: unknown } | undefined;
  return Promise.all(
    jobs.map((job) =>
      lanes(async () => {
        if (failed) throw failed.error;
        if (refused) return refused;
        try {
          const result = await pool.run(job, sources, signal, onProgress);
          if (result.kind === 'ruleset-problems') refused ??= result;
          return result;
        } catch (error) {
          failed ??= { error };
          throw error;
        }
      }),
    ),
  );
}

function partOf(result: AnalysisResult): ReviewPart {
  if (result.kind !== 'review') throw new Error(`a review job answered ${result.kind}`);
  return { review: result.review, changedOperations: result.changedOperations };
}

function outcomeOf(result: AnalysisResult): WorkerReviewOutcome {
  if (result.kind === 'review') return { ok: true, review: result.review, changedOperations: result.changedOperations };
  if (result.kind === 'ruleset-problems') return { ok: false, problems: result.problems };
  throw new Error(`a review job answered ${result.kind}`);
}
