// The command line's share of `limits.seconds_per_review`: a review that runs longer ends with
// exit code 2 and the limit named, as the App's check run does. The analysis is not interrupted
// (it is in-process and mostly synchronous); the entry point exits once the command has returned.
import { CliError } from './cli-error.js';

export async function withinReviewBudget<T>(seconds: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CliError(`the review took longer than ${seconds} seconds (limits.seconds_per_review)`)), seconds * 1000);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
