// Operations: the reviews this process is running, so a shutdown (SIGTERM) can let them finish
// within a grace period and complete the check run of any that could not. A check run left
// `in_progress` by a stopped container would block the pull request's merge until someone re-ran it.

/** Handed to a tracked review: it names how to complete its check run should the process stop first. */
export interface ReviewInterruption {
  onInterrupt(complete: () => Promise<unknown>): void;
}

export interface DrainOutcome {
  /** Reviews that finished on their own within the grace period. */
  finished: number;
  /** Reviews still running at its end, whose check runs were completed for them. */
  interrupted: number;
}

export interface InFlightReviews {
  track<T>(work: (interruption: ReviewInterruption) => Promise<T>): Promise<T>;
  /** Waits up to `graceMs` for the running reviews, then completes the check runs of the rest. */
  drain(graceMs: number): Promise<DrainOutcome>;
  readonly size: number;
}

interface Entry {
  settled: Promise<unknown>;
  interrupt?: () => Promise<unknown>;
}

export function inFlightReviews(): InFlightReviews {
  const entries = new Set<Entry>();
  return {
    get size() {
      return entries.size;
    },
    track(work) {
      const entry: Entry = { settled: Promise.resolve() };
      const running = work({ onInterrupt: (complete) => (entry.interrupt = complete) });
      entry.settled = running.then(
        () => entries.delete(entry),
        () => entries.delete(entry),
      );
      entries.add(entry);
      return running;
    },
    async drain(graceMs) {
      const atStart = entries.size;
      let timer: NodeJS.Timeout | undefined;
      const graceOver = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
      await Promise.race([Promise.allSettled([...entries].map((entry) => entry.settled)), graceOver]);
      clearTimeout(timer);
      const left = [...entries];
      // Completing a check run is a GitHub call that may fail; one failure must not stop the others.
      await Promise.allSettled(left.map((entry) => entry.interrupt?.()));
      return { finished: atStart - left.length, interrupted: left.length };
    },
  };
}

/** The reviews of this server process. */
export const runningReviews = inFlightReviews();
