// publish: the conclusion of a review that could not finish. `neutral` passes a required check,
// so it is kept for causes outside the pull request — GitHub failing after the retries, or a
// config on the default branch that the repository's admins must fix. Whatever the pull request
// can cause — a limit its content exceeds, GitHub refusing output derived from it, an error while
// analysing its files — fails the check: what could not be reviewed cannot pass.
import { markdownText } from '../render/markdown-text.js';
import type { CheckOutcome } from './check-run.js';
import { httpStatusOf } from './http-status.js';
import { ReviewLimitError } from './review-limit-error.js';

export interface ReviewFailure {
  conclusion: 'failure' | 'neutral';
  reason: string;
}

/** A cause outside the pull request: an invalid config or ruleset on the default branch, say. */
export function outsideFailure(reason: string): ReviewFailure {
  return { conclusion: 'neutral', reason };
}

export function reviewFailureOf(error: unknown): ReviewFailure {
  const message = error instanceof Error ? error.message : String(error);
  // By name too: an error that crossed a worker-thread boundary is a plain Error with the same name.
  if (error instanceof ReviewLimitError || (error instanceof Error && error.name === 'ReviewLimitError')) return { conclusion: 'failure', reason: message };
  const status = httpStatusOf(error);
  // 422: GitHub refused what the App wrote, and what it writes is derived from the pull request.
  if (status === 422) return { conclusion: 'failure', reason: `GitHub refused the review's output (422: ${message}).` };
  if (status !== undefined) return { conclusion: 'neutral', reason: `GitHub answered ${status} (${message}), after retries.` };
  return { conclusion: 'failure', reason: `an internal error while reviewing this pull request: ${message}` };
}

export function unfinishedOutcome(failure: ReviewFailure): CheckOutcome {
  // The reason can name a file of the pull request or quote a ruleset: escaped like any text from it.
  const reason = markdownText(failure.reason);
  if (failure.conclusion === 'neutral') {
    return {
      conclusion: 'neutral',
      title: 'The API review could not run',
      summary: `The API review could not run: ${reason}\n\nNothing in this pull request was judged; fix the cause and re-run the check.`,
      annotations: [],
    };
  }
  return {
    conclusion: 'failure',
    title: 'The API review could not finish',
    summary: `The API review could not finish: ${reason}\n\nThe check fails closed: a pull request that could not be reviewed does not pass. Fix the cause (or raise the limit in \`.github/api-review.yml\` on the default branch) and push again.`,
    annotations: [],
  };
}
