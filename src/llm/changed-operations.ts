// llm: the only spec text a model sees — for each operation named by a detected change, its
// base and head operation objects with `$ref`s followed a few hops, strings clipped and the
// whole size-capped. Unchanged operations, components and the rest of the document stay home.
import type { Review, SpecReview } from '../review/review.js';
import { parseOperationName } from '../specs/operation-name.js';
import type { LoadedSpec, SpecNode } from '../specs/loaded-spec.js';
import { childNode, resolveNode, rootNode } from '../specs/resolve-node.js';
import { isJsonObject } from '../specs/json-object.js';

/** The two versions of one spec of the review, as loaded (absent when added or deleted). */
export interface SpecSides {
  /** The SpecReview's `spec` (head path; base path when deleted). */
  spec: string;
  base?: LoadedSpec;
  head?: LoadedSpec;
}

export interface OperationExcerpt {
  spec: string;
  operation: string;
  /** The operation object before the change; absent when the operation is new. */
  base?: unknown;
  /** The operation object after the change; absent when it was removed. */
  head?: unknown;
}

export interface ChangedOperations {
  excerpts: OperationExcerpt[];
  /** Changed operations left out by the caps (said in the prompt so the model does not guess). */
  omitted: number;
}

export interface ExcerptCaps {
  maxOperations: number;
  maxCharsPerOperation: number;
  maxTotalChars: number;
  /** `$ref` hops followed along any branch; deeper references stay as `{ $ref }`. */
  refHops: number;
  maxStringChars: number;
}

export const defaultExcerptCaps: ExcerptCaps = {
  maxOperations: 25,
  maxCharsPerOperation: 6_000,
  maxTotalChars: 40_000,
  refHops: 2,
  maxStringChars: 800,
};

const maxNesting = 12;
const levelRank = { error: 0, warning: 1, info: 2 } as const;

export function extractChangedOperations(review: Review, sides: SpecSides[], caps: ExcerptCaps = defaultExcerptCaps): ChangedOperations {
  const candidates = review.specs.flatMap((spec) => changedOperationsOf(spec).map((operation) => ({ spec, operation })));
  const excerpts: OperationExcerpt[] = [];
  let total = 0;
  for (const { spec, operation } of candidates.slice(0, caps.maxOperations)) {
    const side = sides.find((candidate) => candidate.spec === spec.spec);
    const excerpt = side ? excerptOf(side, operation, caps) : undefined;
    if (!excerpt) continue;
    const size = JSON.stringify(excerpt).length;
    if (total + size > caps.maxTotalChars) break;
    total += size;
    excerpts.push(excerpt);
  }
  return { excerpts, omitted: candidates.length - excerpts.length };
}

/** Operations named by the spec's changes, those with breaking changes first. */
function changedOperationsOf(spec: SpecReview): string[] {
  const rank = new Map<string, number>();
  for (const change of spec.changes) {
    if (!change.operation) continue;
    rank.set(change.operation, Math.min(rank.get(change.operation) ?? 3, levelRank[change.level]));
  }
  return [...rank.entries()].sort((a, b) => a[1] - b[1]).map(([operation]) => operation);
}

function excerptOf(side: SpecSides, operation: string, caps: ExcerptCaps): OperationExcerpt | undefined {
  for (let hops = caps.refHops; hops >= 0; hops -= 1) {
    const base = side.base ? operationCopy(side.base, operation, { ...caps, refHops: hops }) : undefined;
    const head = side.head ? operationCopy(side.head, operation, { ...caps, refHops: hops }) : undefined;
    if (base === undefined && head === undefined) return undefined;
    const excerpt: OperationExcerpt = { spec: side.spec, operation, ...(base === undefined ? {} : { base }), ...(head === undefined ? {} : { head }) };
    if (JSON.stringify(excerpt).length <= caps.maxCharsPerOperation) return excerpt;
  }
  return { spec: side.spec, operation, head: { note: 'operation too large to include' } };
}

/** The operation object, with the path item's shared parameters beside it. */
function operationCopy(spec: LoadedSpec, operation: string, caps: ExcerptCaps): unknown {
  const { method, path } = parseOperationName(operation);
  const pathItem = resolveNode(spec, rootNode(spec, ['paths', path]));
  const node = resolveNode(spec, childNode(pathItem, method.toLowerCase()));
  if (!isJsonObject(node.value)) return undefined;
  const copy = copyNode(spec, node, caps.refHops, maxNesting, caps);
  const shared = childNode(pathItem, 'parameters');
  if (!Array.isArray(shared.value) || !isJsonObject(copy)) return copy;
  return { ...copy, 'x-path-parameters': copyNode(spec, shared, caps.refHops, maxNesting, caps) };
}

function copyNode(spec: LoadedSpec, node: SpecNode, hops: number, nesting: number, caps: ExcerptCaps): unknown {
  const isReference = isJsonObject(node.value) && typeof node.value.$ref === 'string';
  // A reference left in place is copied as plain data: the loaded document's own object is not
  // (it cannot cross to another thread, and the excerpt must not share the parse).
  if (isReference && hops === 0) return JSON.parse(JSON.stringify(node.value)) as unknown;
  const resolved = isReference ? resolveNode(spec, node) : node;
  const hopsLeft = isReference ? hops - 1 : hops;
  const value = resolved.value;
  if (typeof value === 'string') return value.length > caps.maxStringChars ? `${value.slice(0, caps.maxStringChars)}…` : value;
  if (value instanceof Date) return value.toISOString();
  if (value === null || typeof value !== 'object') return value;
  if (nesting === 0) return '…';
  if (Array.isArray(value)) return value.map((_, index) => copyNode(spec, childNode(resolved, index), hopsLeft, nesting - 1, caps));
  return Object.fromEntries(Object.keys(value).map((key) => [key, copyNode(spec, childNode(resolved, key), hopsLeft, nesting - 1, caps)]));
}
