// collect: files of a folder on the local disk (the working tree). Symbolic links are never
// followed, so a link cannot smuggle a file from outside the folder into a review.
import { lstat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileSource } from './file-source.js';
import { normalizeRepoPath } from './repo-path.js';

export function localFolderSource(rootFolder: string, label = 'the working tree'): FileSource {
  return {
    label,
    read: async (path) => {
      const relative = normalizeRepoPath(path);
      if (relative === undefined) return undefined;
      const absolute = join(rootFolder, relative);
      try {
        const stats = await lstat(absolute);
        if (!stats.isFile()) return undefined;
        return new Uint8Array(await readFile(absolute));
      } catch {
        return undefined;
      }
    },
  };
}
