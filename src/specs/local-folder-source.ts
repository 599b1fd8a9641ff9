// collect: files of a folder on the local disk (the working tree). Symbolic links are never
// followed — neither the file itself nor a linked folder on its way — so a link cannot smuggle a
// file from outside the folder into a review.
import { lstat, readFile, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileSource } from './file-source.js';
import { normalizeRepoPath } from './repo-path.js';

export function localFolderSource(rootFolder: string, label = 'the working tree'): FileSource {
  let realRoot: Promise<string> | undefined;
  const regularFile = async (path: string): Promise<{ absolute: string; size: number } | undefined> => {
    const relative = normalizeRepoPath(path);
    if (relative === undefined) return undefined;
    try {
      const absolute = join(await (realRoot ??= realpath(rootFolder)), relative);
      const stats = await lstat(absolute);
      // The resolved path differs from the joined one exactly when a folder on the way is a link.
      if (!stats.isFile() || (await realpath(absolute)) !== absolute) return undefined;
      return { absolute, size: stats.size };
    } catch {
      return undefined;
    }
  };
  return {
    label,
    size: async (path) => (await regularFile(path))?.size,
    read: async (path) => {
      const file = await regularFile(path);
      if (!file) return undefined;
      try {
        return new Uint8Array(await readFile(file.absolute));
      } catch {
        return undefined;
      }
    },
  };
}
