// collect: what a pull request changed, from the merge base's and the head's git trees, for when
// GitHub's changed-file lists stop at their cap (3,000 files): a file past the cap — a breaking
// spec sorted after 3,000 padding files — must still be reviewed. Two recursive tree calls list
// every file; when GitHub truncates either listing too, the changed set cannot be known and the
// review fails closed, naming why.
import type { ProbotOctokit } from 'probot';
import { listRecursively, type TreeEntry } from './git-tree.js';
import type { ComparedFile } from './merge-base.js';
import type { RepoRef } from './repo-ref.js';
import { ReviewLimitError } from './review-limit-error.js';

export async function changedBetweenTrees(octokit: ProbotOctokit, repo: RepoRef, mergeBase: string, headSha: string, listedCap: number): Promise<ComparedFile[]> {
  const [base, head] = await Promise.all([listRecursively(octokit, repo, mergeBase), listRecursively(octokit, repo, headSha)]);
  if (base.truncated || head.truncated) {
    throw new ReviewLimitError(
      `the pull request changes more than ${listedCap.toLocaleString('en-US')} files, past what GitHub lists, and GitHub cannot list the ${base.truncated ? 'merge base' : 'head'} tree whole either (over 100,000 entries or 7 MB), so the changed files cannot all be known; split the pull request`,
    );
  }
  return diffEntries(files(base.entries), files(head.entries));
}

/** Files only: a folder changes when a file in it does; a submodule (`commit`) is never entered. */
function files(entries: Map<string, TreeEntry>): Map<string, TreeEntry> {
  return new Map([...entries].filter(([, entry]) => entry.type === 'blob'));
}

function diffEntries(base: Map<string, TreeEntry>, head: Map<string, TreeEntry>): ComparedFile[] {
  const changed: ComparedFile[] = [];
  for (const [path, entry] of head) {
    const before = base.get(path);
    if (!before) changed.push({ status: 'added', path, headBlob: entry.sha });
    else if (before.sha !== entry.sha || before.mode !== entry.mode) changed.push({ status: 'modified', path, headBlob: entry.sha });
  }
  for (const path of base.keys()) if (!head.has(path)) changed.push({ status: 'removed', path });
  return changed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
