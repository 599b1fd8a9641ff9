// collect: a FileSource over one commit of a GitHub repository, read through the REST API only
// (fork pull requests work the same: nothing is checked out, nothing from the PR is executed).
import type { FileSource } from '../specs/file-source.js';
import type { BlobStore, Rebuild } from './blob-store.js';
import { isRegularFile, type GitTree } from './git-tree.js';

export interface GitHubFileSource extends FileSource {
  /** Paths of the regular files of the commit (what `selectSpecs` searches for spec roots). */
  paths(): Promise<string[]>;
}

/** `rebuilds`: files whose bytes can be made without a call, by path (the blob store checks them). */
export function gitHubFileSource(tree: GitTree, blobs: BlobStore, label: string, rebuilds: ReadonlyMap<string, Rebuild> = new Map()): GitHubFileSource {
  return {
    label,
    paths: () => tree.paths(),
    read: async (path) => {
      const entry = await tree.entry(path);
      // A symbolic link is never followed: its target could be any file of the repository.
      return isRegularFile(entry) ? blobs.read(entry.sha, entry.size, rebuilds.get(path)) : undefined;
    },
  };
}
