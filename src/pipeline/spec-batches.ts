// analyze: how the spec pairs of one review are shared among the pool's workers. A monorepo
// change of 50 specs is cut into batches, several per worker, so a worker that drew small specs
// takes the next batch while another still lints a large one; one batch per worker would leave
// the review as slow as its unluckiest worker. Each batch loads the ruleset once, so batches are
// not cut finer than needed. Batches keep the pairs' order: results are put back in that order.
import type { SpecPair } from './empty-analysis.js';

/** Batches per worker: enough to even out uneven specs, few enough that loading rulesets stays cheap. */
export const batchesPerWorker = 4;

export function specBatches(pairs: readonly SpecPair[], workers: number): SpecPair[][] {
  if (pairs.length === 0) return [];
  const count = Math.min(pairs.length, Math.max(1, workers) * batchesPerWorker);
  const size = Math.ceil(pairs.length / count);
  const batches: SpecPair[][] = [];
  for (let start = 0; start < pairs.length; start += size) batches.push(pairs.slice(start, start + size));
  return batches;
}
