// assess: what a breaking change is about, independent of where its element stands in an array.
// An acceptance covers changes by fingerprint, so the fingerprint must tell "`limit` became
// required" from "`owner` became required" even when a reorder puts each at the other's index.
// The Change carries a positional JSON path; this resolves it against the document it points
// into (head, or base for removals) and names each array item by its identity, and it adds the
// values the message quotes (names, enum values, types before and after), which the path alone
// does not carry (a removed enum value points at its property).
import type { Change } from '../diff/change.js';
import { identityPath, type IdentitySegment } from '../specs/identity-path.js';
import type { LoadedSpec } from '../specs/loaded-spec.js';
import { locatedInBase } from './located-in-base.js';

/** The two sides of the reviewed spec, when the review has them (the engine's input). */
export interface ReviewedDocuments {
  base?: LoadedSpec;
  head?: LoadedSpec;
}

export interface ChangeIdentity {
  path: IdentitySegment[];
  /** The backquoted values of the message, in order. */
  values: string[];
}

export function changeIdentity(change: Change, documents: ReviewedDocuments = {}): ChangeIdentity {
  const data = dataOf(sideOf(change, documents), change.source.file);
  return { path: data === undefined ? [...change.path] : identityPath(data, change.path), values: quotedValues(change.message) };
}

/**
 * The side whose element the change points at. The engine located it there, so the side whose
 * location of the path is the change's source is the one; the engine's side breaks a tie, and a side where the path exists is the fallback.
 */
function sideOf(change: Change, { base, head }: ReviewedDocuments): LoadedSpec | undefined {
  const sides = (locatedInBase(change) ? [base, head] : [head, base]).filter(
    (side): side is LoadedSpec => side !== undefined,
  );
  return sides.find((side) => locatesAtSource(side, change)) ?? sides.find((side) => resolves(dataOf(side, change.source.file), change.path));
}

function locatesAtSource(side: LoadedSpec, change: Change): boolean {
  if (dataOf(side, change.source.file) === undefined || !resolves(dataOf(side, change.source.file), change.path)) return false;
  try {
    const location = side.locate(change.source.file, change.path);
    return location.file === change.source.file && location.line === change.source.line;
  } catch {
    return false;
  }
}

/** The root's paths are in the (possibly converted) document, other files' in their own data. */
function dataOf(side: LoadedSpec | undefined, file: string): unknown {
  if (side === undefined) return undefined;
  return file === side.root ? side.document : side.files.get(file)?.data;
}

function resolves(data: unknown, path: Change['path']): boolean {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, String(segment))) return false;
    current = (current as Record<string, unknown>)[String(segment)];
  }
  return true;
}

function quotedValues(message: string): string[] {
  return [...message.matchAll(/`([^`]*)`/g)].map((match) => match[1] ?? '');
}
