// The wall-clock budget of one review (`limits.seconds_per_review`), shared by the App and the
// CLI: past it the caller gets the error it asked for, naming the limit. The analysis itself is
// not interrupted (it is in-process and mostly synchronous); callers stop waiting for it.

export function budgetMessage(seconds: number): string {
  return `the review took longer than ${seconds} seconds (limits.seconds_per_review)`;
}

export async function withinReviewBudget<T>(seconds: number, work: Promise<T>, overBudget: (message: string) => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(overBudget(budgetMessage(seconds))), seconds * 1000);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
