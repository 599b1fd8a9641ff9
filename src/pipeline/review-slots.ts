// trigger: the process-wide bound on reviews in flight. However many pull requests, commands and
// installations ask at once, at most as many reviews run as the analysis pool has workers; the
// rest wait their turn here, before their budget starts, so waiting never eats a review's time.
// A review of many specs spreads its batches over the workers (review-in-worker.ts); a review
// beside it then waits for one of those batches to end, within its budget, never for all of them.
import { sharedAnalysisPool } from './analysis-pool.js';

export type Slots = <T>(work: () => Promise<T>) => Promise<T>;

export function createSlots(size: number): Slots {
  let busy = 0;
  const waiting: (() => void)[] = [];
  return async (work) => {
    if (busy >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    else busy += 1;
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line, or is freed.
      const next = waiting.shift();
      if (next) next();
      else busy -= 1;
    }
  };
}

let shared: Slots | undefined;

export function withReviewSlot<T>(work: () => Promise<T>): Promise<T> {
  shared ??= createSlots(sharedAnalysisPool().size);
  return shared(work);
}
