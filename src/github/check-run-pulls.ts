// collect: the pull requests GitHub names in its answer about a check run — the open pull requests
// whose head branch is the run's, each with its head as it is now (not the run's commit). The
// answer to completing the check run therefore says, at no extra call, whether a newer push
// superseded the review. A fork's pull request is never named (the Checks API only sees pushes to
// the repository itself), nor one whose base is another repository; then the pull request is read.
import type { RepoRef } from './repo-ref.js';

/** The fields read from `pull_requests` (GitHub's "pull request minimal"). */
export interface NamedPull {
  number: number;
  head: { sha: string };
  base: { repo: { url: string } };
}

/** The pull request's head as the check run answer names it; `undefined` when it is not named. */
export function currentHeadNamed(pulls: readonly NamedPull[] | null | undefined, repo: RepoRef, pullNumber: number): string | undefined {
  // GitHub's API addresses are `…/repos/{owner}/{repo}`, on GitHub.com and Enterprise Server alike.
  const ownRepo = `/repos/${repo.owner}/${repo.repo}`.toLowerCase();
  const named = (pulls ?? []).find((pull) => pull.number === pullNumber && pathOf(pull.base.repo.url).toLowerCase().endsWith(ownRepo));
  return named?.head.sha;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}
