// digest (metrics): the link behind a number — every count in the digest names its pull requests.
import type { PullRequestFact } from '../digest-facts.js';

export interface PullRequestRef {
  repo: string;
  number: number;
  title: string;
  url: string;
}

export function refOf(pull: PullRequestFact): PullRequestRef {
  return { repo: pull.repo, number: pull.number, title: pull.title, url: pull.url };
}
