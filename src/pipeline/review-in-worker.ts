// analyze: `reviewSpecs` run on a review worker (analysis-pool.ts) instead of this thread. The
// ruleset is named, not passed: the worker loads it, and a ruleset that cannot be used comes
// back as the problems `loadRuleset` reports, for the caller to word as before.
import type { RulesetProblem } from '../lint/index.js';
import type { ChangedOperations } from '../llm/changed-operations.js';
import type { Review } from '../review/review.js';
import type { FileSource } from '../specs/file-source.js';
import type { RulesetRequest } from './analysis-job.js';
import { sharedAnalysisPool, type AnalysisPool } from './analysis-pool.js';
import type { ReviewRequest } from './review-specs.js';

export interface WorkerReviewRequest extends Omit<ReviewRequest, 'ruleset'> {
  ruleset: RulesetRequest;
  /** Where a `{ source: 'ruleset' }` ruleset file is read (the CLI's `--ruleset FILE`). */
  rulesetSource?: FileSource;
}

export type WorkerReviewOutcome = { ok: true; review: Review; changedOperations: ChangedOperations } | { ok: false; problems: RulesetProblem[] };

export async function reviewInWorker(request: WorkerReviewRequest, signal?: AbortSignal, pool: AnalysisPool = sharedAnalysisPool()): Promise<WorkerReviewOutcome> {
  const { base, head, rulesetSource, onProgress, ...job } = request;
  const sources = { base, head, ...(rulesetSource ? { ruleset: rulesetSource } : {}) };
  const result = await pool.run({ kind: 'review', ...job }, sources, signal, onProgress);
  if (result.kind === 'review') return { ok: true, review: result.review, changedOperations: result.changedOperations };
  if (result.kind === 'ruleset-problems') return { ok: false, problems: result.problems };
  throw new Error(`a review job answered ${result.kind}`);
}
