// Operations: how many REST requests one review makes (the budget is about a dozen for a
// one-spec pull request), counted on the Octokit the review uses and logged with the review.
import type { ProbotOctokit } from 'probot';

export interface ApiCallCounter {
  readonly calls: number;
  stop(): void;
}

export function countApiCalls(octokit: ProbotOctokit): ApiCallCounter {
  let calls = 0;
  const count = (): void => {
    calls += 1;
  };
  octokit.hook.before('request', count);
  return {
    get calls() {
      return calls;
    },
    // The Octokit outlives the review (a slash command keeps using it): the hook must go.
    stop: () => octokit.hook.remove('request', count),
  };
}
