// collect: the head revision as the merge base plus the pull request's changes. The compare API
// already names the head blob of every changed file, so the head costs no tree call of its own:
// unchanged files are the merge base's, changed ones are read by the blob SHA GitHub listed.
import type { BlobStore } from './blob-store.js';
import type { GitHubFileSource } from './github-file-source.js';
import { isRegularFile, type GitTree } from './git-tree.js';
import type { ComparedFile } from './merge-base.js';

export function headOverlay(baseTree: GitTree, changed: readonly ComparedFile[], blobs: BlobStore, label: string): GitHubFileSource {
  const gone = new Set(changed.flatMap((file) => (file.status === 'removed' ? [file.path] : file.previousPath ? [file.previousPath] : [])));
  const replaced = new Map(changed.flatMap((file) => (file.status !== 'removed' && file.headBlob ? [[file.path, file.headBlob] as const] : [])));
  for (const path of replaced.keys()) gone.delete(path);
  return {
    label,
    paths: async () => [...new Set([...(await baseTree.paths()).filter((path) => !gone.has(path)), ...replaced.keys()])],
    read: async (path) => {
      const blob = replaced.get(path);
      // The file list gives no mode: a symbolic link added by the PR reads as its link text (the
      // target's name, which is no spec), so it is still never followed.
      if (blob) return blobs.read(blob, undefined);
      if (gone.has(path)) return undefined;
      const entry = await baseTree.entry(path);
      return isRegularFile(entry) ? blobs.read(entry.sha, entry.size) : undefined;
    },
  };
}
