// collect: the files of a repository's default branch, for the digest — the same tree and blob
// reads as a review (a truncated listing is walked folder by folder, a file over
// `limits.bytes_per_file` is never downloaded), with the branch name as the revision.
import type { InstalledRepo } from './repo-ref.js';
import type { Limits } from '../config/config-schema.js';
import { blobStore } from './blob-store.js';
import { gitHubFileSource, type GitHubFileSource } from './github-file-source.js';
import { gitTree } from './git-tree.js';
import { httpStatusOf } from './http-status.js';
import type { GitHub } from './rest-types.js';

export interface BranchTree {
  source: GitHubFileSource;
  /** Every regular file the listing names. */
  paths: string[];
  /** GitHub cut the listing short (over 100,000 entries or 7 MB): `paths` misses some files. */
  truncated: boolean;
}

/** The repository and the branch whose tree is read. */
export type BranchRef = Pick<InstalledRepo, 'owner' | 'repo' | 'fullName' | 'defaultBranch'>;

export async function readBranchTree(octokit: GitHub, repo: BranchRef, limits: Pick<Limits, 'bytes_per_file' | 'files_per_review'>): Promise<BranchTree> {
  const ref = { owner: repo.owner, repo: repo.repo };
  const tree = gitTree(octokit, ref, repo.defaultBranch);
  const source = gitHubFileSource(tree, blobStore(octokit, ref, limits), `${repo.fullName}@${repo.defaultBranch}`);
  try {
    return { source, paths: await tree.paths(), truncated: await tree.truncated() };
  } catch (error) {
    // An empty repository has no tree: GitHub answers 409 Conflict.
    const status = httpStatusOf(error);
    if (status === 409 || status === 404) return { source: { label: source.label, paths: async () => [], read: async () => undefined }, paths: [], truncated: false };
    throw error;
  }
}
