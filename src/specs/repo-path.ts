// collect: repository-relative path arithmetic. A `$ref` may name a sibling or a nested
// file, but never a file outside the repository root; this is where that is decided.
import { posix } from 'node:path';

/**
 * Resolves `relative` against the folder of `fromFile` (both repository-relative).
 * Returns `undefined` when the result would climb out of the repository root.
 */
export function resolveRepoPath(fromFile: string, relative: string): string | undefined {
  if (relative.startsWith('/')) return undefined;
  const joined = posix.normalize(posix.join(posix.dirname(fromFile), relative));
  if (joined === '..' || joined.startsWith('../') || posix.isAbsolute(joined)) return undefined;
  return joined.replace(/^\.\//, '');
}

/** Normalizes a path given by a user or by GitHub into the repository-relative form. */
export function normalizeRepoPath(path: string): string | undefined {
  return resolveRepoPath('', path.replace(/\\/g, '/'));
}
