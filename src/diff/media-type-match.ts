// analyze: pairing the media types of two `content` maps like oasdiff: exact names first, then an
// unmatched removed/added pair that is a suffix refinement (`application/json` ~
// `application/problem+json`) or differs only in parameters counts as the same, renamed, entry.
import type { LoadedSpec, SpecNode } from '../specs/loaded-spec.js';
import { entriesOf } from './spec-nodes.js';

export interface MediaTypeSide {
  name: string;
  node: SpecNode;
}

export interface MediaTypePair {
  base: MediaTypeSide;
  head: MediaTypeSide;
}

export interface MediaTypeMatch {
  removed: MediaTypeSide[];
  added: MediaTypeSide[];
  pairs: MediaTypePair[];
}

interface MediaTypeName {
  type: string;
  subtype: string;
  suffix: string;
  parameters: string;
}

export function matchMediaTypes(
  base: LoadedSpec,
  baseContent: SpecNode,
  head: LoadedSpec,
  headContent: SpecNode,
): MediaTypeMatch {
  const baseSides = entriesOf(base, baseContent).map(([name, node]) => ({ name, node }));
  const headSides = entriesOf(head, headContent).map(([name, node]) => ({ name, node }));
  const pairs: MediaTypePair[] = [];
  let removed = baseSides.filter((side) => !headSides.some((other) => other.name === side.name));
  const added: MediaTypeSide[] = [];
  for (const side of headSides) {
    const exact = baseSides.find((other) => other.name === side.name);
    if (exact) pairs.push({ base: exact, head: side });
  }
  for (const side of headSides) {
    if (baseSides.some((other) => other.name === side.name)) continue;
    const equivalent = removed.find((other) => equivalentNames(other.name, side.name));
    if (equivalent) {
      pairs.push({ base: equivalent, head: side });
      removed = removed.filter((other) => other !== equivalent);
    } else {
      added.push(side);
    }
  }
  return { removed, added, pairs };
}

/** `application/json` -> `application/problem+json` is contained (a specialization). */
export function isContainedIn(baseName: string, headName: string): boolean {
  const base = parseMediaType(baseName);
  const head = parseMediaType(headName);
  if (!base || !head || base.type !== head.type) return false;
  if (base.suffix === '' && head.suffix !== '' && head.suffix === base.subtype) return true;
  return base.subtype === head.subtype && base.suffix === head.suffix;
}

export function parametersDiffer(baseName: string, headName: string): boolean {
  return parseMediaType(baseName)?.parameters !== parseMediaType(headName)?.parameters;
}

function equivalentNames(a: string, b: string): boolean {
  return isContainedIn(a, b) || isContainedIn(b, a);
}

function parseMediaType(name: string): MediaTypeName | undefined {
  const [essence = '', ...parameters] = name.split(';');
  const slash = essence.indexOf('/');
  if (slash === -1) return undefined;
  const [subtype = '', suffix = '', extra] = essence.slice(slash + 1).trim().toLowerCase().split('+');
  if (extra !== undefined) return undefined;
  const normalized = parameters
    .map((parameter) => parameter.trim().toLowerCase().replace(/\s*=\s*/, '='))
    .filter((parameter) => parameter !== '')
    .sort()
    .join(';');
  return { type: essence.slice(0, slash).trim().toLowerCase(), subtype, suffix, parameters: normalized };
}
