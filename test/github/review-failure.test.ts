import { describe, expect, it } from 'vitest';
import { outsideFailure, reviewFailureOf, unfinishedOutcome } from '../../src/github/review-failure.js';
import { ReviewLimitError } from '../../src/github/review-limit-error.js';

function httpError(status: number, message: string): Error {
  return Object.assign(new Error(message), { status });
}

describe('reviewFailureOf', () => {
  it.each([
    { name: 'a limit the pull request exceeds', error: new ReviewLimitError('the review reads more than 10000 distinct files (limits.files_per_review)'), conclusion: 'failure', says: 'limits.files_per_review' },
    { name: 'a limit reported from a worker thread (the class lost, the name kept)', error: Object.assign(new Error('over limits.operations'), { name: 'ReviewLimitError' }), conclusion: 'failure', says: 'limits.operations', notSays: 'internal error' },
    { name: 'GitHub refusing output derived from the pull request', error: httpError(422, 'Validation Failed'), conclusion: 'failure', says: '422' },
    { name: 'an error while analysing the pull request', error: new TypeError('x is undefined'), conclusion: 'failure', says: 'internal error' },
    { name: 'GitHub down after the retries', error: httpError(502, 'Bad Gateway'), conclusion: 'neutral', says: 'GitHub answered 502' },
    { name: 'a rate limit that outlasts the retries', error: httpError(403, 'secondary rate limit'), conclusion: 'neutral', says: 'GitHub answered 403' },
  ])('$name: $conclusion', ({ error, conclusion, says, notSays }) => {
    const failure = reviewFailureOf(error);
    expect(failure.conclusion).toBe(conclusion);
    expect(failure.reason).toContain(says);
    if (notSays) expect(failure.reason).not.toContain(notSays);
    const outcome = unfinishedOutcome(failure);
    expect(outcome.conclusion).toBe(conclusion);
    expect(outcome.summary).toContain(failure.reason);
  });

  it('an invalid config on the default branch is neutral, with the reason', () => {
    expect(unfinishedOutcome(outsideFailure('`breaking.labl` is not a config key')).conclusion).toBe('neutral');
  });
});
