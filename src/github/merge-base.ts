// collect: what the pull request changed, measured from the merge base (GitHub's compare API),
// not from the tip of the base branch, so changes already on the base are never blamed on it.
// Past the cap of GitHub's file lists, the changed set comes from the two git trees instead.
import type { ProbotOctokit } from 'probot';
import type { ChangedFile, ChangeStatus } from '../specs/select-specs.js';
import type { RepoRef } from './repo-ref.js';
import { changedBetweenTrees } from './tree-diff.js';

/** A changed file with the blob SHA of its head version (absent for removals). */
export interface ComparedFile extends ChangedFile {
  headBlob?: string;
  /** The unified diff GitHub listed for a modified or renamed text file (absent when it gave none). */
  patch?: string;
}

export interface ComparedRevisions {
  mergeBase: string;
  changed: ComparedFile[];
  /**
   * False when `changed` may miss files. GitHub's lists stop at a cap; past it the trees are
   * compared, so this is true whenever a review reaches here (the field stays for callers that
   * build a partial list themselves).
   */
  complete: boolean;
}

/** The compare API lists at most 300 files; past it, the pull request's file list (at most 3,000) is read. */
const compareFileCap = 300;
const pullFileCap = 3000;

interface ListedFile {
  filename: string;
  status: string;
  previous_filename?: string;
  sha?: string | null;
  patch?: string;
}

export async function compareWithMergeBase(
  octokit: ProbotOctokit,
  repo: RepoRef,
  pull: { number: number; baseRef: string; headSha: string },
): Promise<ComparedRevisions> {
  // `per_page: 1` keeps the commit list short; the file list is not paginated by it.
  const { data } = await octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${pull.baseRef}...${pull.headSha}`, per_page: 1 });
  const listed: ListedFile[] = data.files ?? [];
  const capped = listed.length >= compareFileCap;
  const files = capped ? await listPullFiles(octokit, repo, pull.number) : listed;
  const mergeBase = data.merge_base_commit.sha;
  if (files.length >= pullFileCap) {
    // The list stopped at GitHub's cap: any file past it would go unreviewed.
    return { mergeBase, changed: await changedBetweenTrees(octokit, repo, mergeBase, pull.headSha, pullFileCap), complete: true };
  }
  return { mergeBase, changed: files.flatMap(changedFile), complete: true };
}

async function listPullFiles(octokit: ProbotOctokit, repo: RepoRef, pullNumber: number): Promise<ListedFile[]> {
  return octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 });
}

const statuses: Record<string, ChangeStatus | undefined> = {
  added: 'added',
  removed: 'removed',
  modified: 'modified',
  changed: 'modified',
  renamed: 'renamed',
  // A copy leaves its source in place: for the review it is a new file.
  copied: 'added',
};

function changedFile(file: ListedFile): ComparedFile[] {
  const status = statuses[file.status];
  if (!status) return [];
  return [
    {
      status,
      path: file.filename,
      ...(status === 'renamed' && file.previous_filename ? { previousPath: file.previous_filename } : {}),
      ...(status !== 'removed' && file.sha ? { headBlob: file.sha } : {}),
      ...((status === 'modified' || status === 'renamed') && file.patch !== undefined ? { patch: file.patch } : {}),
    },
  ];
}
