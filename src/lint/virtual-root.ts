// analyze: Spectral names documents by absolute path. We hand it repository files under a
// fixed virtual root, so its `$ref` arithmetic works without any real file system, and map
// the names it reports back to repository-relative paths.
import { posix } from 'node:path';

/** Not a real folder: nothing is ever read from it; unusual enough to strip from messages safely. */
export const VIRTUAL_ROOT = '/__api-review__';

export function toVirtualPath(repoPath: string): string {
  return `${VIRTUAL_ROOT}/${repoPath}`;
}

/**
 * The repository-relative path of a virtual path, or `undefined` for anything that is not
 * under the virtual root (an absolute path elsewhere, a URL, a path climbing out).
 */
export function fromVirtualPath(virtualPath: string): string | undefined {
  const decoded = safeDecode(virtualPath.replace(/^file:\/\//, ''));
  const normalized = posix.normalize(decoded);
  if (!normalized.startsWith(`${VIRTUAL_ROOT}/`)) return undefined;
  const repoPath = normalized.slice(VIRTUAL_ROOT.length + 1);
  return repoPath === '' ? undefined : repoPath;
}

/** Removes the virtual root from a message Spectral built around a virtual path. */
export function stripVirtualRoot(message: string): string {
  return message.split(`${VIRTUAL_ROOT}/`).join('');
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
