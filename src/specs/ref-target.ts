// parse: where a `$ref` string points, decided without reading anything. Remote references
// and references that climb out of the repository are recognised here and never followed.
import { resolveRepoPath } from './repo-path.js';
import { parsePointer } from './json-pointer.js';

export type RefTarget =
  | { kind: 'local'; file: string; path: string[] }
  | { kind: 'remote'; ref: string }
  | { kind: 'outside'; ref: string };

export function refTarget(fromFile: string, ref: string): RefTarget {
  const hashAt = ref.indexOf('#');
  const location = hashAt === -1 ? ref : ref.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : ref.slice(hashAt + 1);
  if (/^[a-z][a-z0-9+.-]*:/i.test(location) || location.startsWith('//')) return { kind: 'remote', ref };
  if (location === '') return { kind: 'local', file: fromFile, path: parsePointer(fragment) };
  const file = resolveRepoPath(fromFile, decodeSafely(location));
  if (file === undefined) return { kind: 'outside', ref };
  return { kind: 'local', file, path: parsePointer(fragment) };
}

// decodeURIComponent, not decodeURI: `..%2F..%2Fetc` must be judged as the `../../etc` it names.
function decodeSafely(location: string): string {
  try {
    return decodeURIComponent(location);
  } catch {
    return location;
  }
}
