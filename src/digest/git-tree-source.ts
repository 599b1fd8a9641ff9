// digest (collect): the files of a repository's default branch through the git trees and blobs
// API. The App's GitHub file source (src/github/) was not there when the digest was written;
// this one is small and read-only. Symbolic links and submodules read as missing, as in every
// FileSource.
import type { FileSource } from '../specs/file-source.js';
import { statusOf, type GitHub, type RepoRef } from './github-types.js';

export interface BranchTree {
  source: FileSource;
  /** Every regular file of the branch. */
  paths: string[];
  /** GitHub cut the listing short (over 100,000 entries or 7 MB): some files are missing. */
  truncated: boolean;
}

const regularFileModes = new Set(['100644', '100755']);

export async function readBranchTree(octokit: GitHub, repo: RepoRef): Promise<BranchTree> {
  let tree: { path?: string; mode?: string; type?: string; sha?: string }[];
  let truncated: boolean;
  try {
    const { data } = await octokit.rest.git.getTree({ owner: repo.owner, repo: repo.name, tree_sha: repo.defaultBranch, recursive: 'true' });
    tree = data.tree;
    truncated = data.truncated;
  } catch (error) {
    // An empty repository has no tree: GitHub answers 409 Conflict.
    if (statusOf(error) === 409 || statusOf(error) === 404) return { source: emptySource(repo), paths: [], truncated: false };
    throw error;
  }
  const blobs = new Map<string, string>();
  for (const entry of tree) {
    if (entry.type === 'blob' && entry.path && entry.sha && regularFileModes.has(entry.mode ?? '')) blobs.set(entry.path, entry.sha);
  }
  const cache = new Map<string, Promise<Uint8Array>>();
  const source: FileSource = {
    label: `${repo.fullName}@${repo.defaultBranch}`,
    read: async (path) => {
      const sha = blobs.get(path);
      if (sha === undefined) return undefined;
      let bytes = cache.get(sha);
      if (!bytes) {
        bytes = readBlob(octokit, repo, sha);
        cache.set(sha, bytes);
      }
      return bytes;
    },
  };
  return { source, paths: [...blobs.keys()], truncated };
}

async function readBlob(octokit: GitHub, repo: RepoRef, sha: string): Promise<Uint8Array> {
  const { data } = await octokit.rest.git.getBlob({ owner: repo.owner, repo: repo.name, file_sha: sha });
  return data.encoding === 'base64' ? new Uint8Array(Buffer.from(data.content, 'base64')) : new TextEncoder().encode(data.content);
}

function emptySource(repo: RepoRef): FileSource {
  return { label: `${repo.fullName}@${repo.defaultBranch}`, read: async () => undefined };
}
