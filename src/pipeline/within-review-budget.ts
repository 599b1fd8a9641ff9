// The wall-clock budget of one review (`limits.seconds_per_review`), shared by the App and the
// CLI: past it the caller gets the error it asked for, naming the limit, and the work's signal
// aborts — the analysis pool then terminates the worker running it, so an analysis that would
// run for hours (a backtracking pattern) stops instead of pinning a core in the background.
import { AnalysisStopped } from './analysis-stopped.js';

export function budgetMessage(seconds: number): string {
  return `the review took longer than ${seconds} seconds (limits.seconds_per_review)`;
}

export async function withinReviewBudget<T>(seconds: number, work: (signal: AbortSignal) => Promise<T>, overBudget: (message: string) => Error): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = overBudget(budgetMessage(seconds));
      controller.abort(error);
      reject(error);
    }, seconds * 1000);
  });
  try {
    return await Promise.race([work(controller.signal), timeout]);
  } catch (error) {
    // A worker stopped by its memory limit is a limit of the review too, said the caller's way.
    if (error instanceof AnalysisStopped) throw overBudget(error.message);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
