// analyze: whether two schemas (one per spec) say the same thing: `$ref` versus inline is
// invisible and annotations (description, examples) do not count. Used to match composition
// members by content; recursive schemas compare equal where the recursion closes.
import type { SpecNode } from '../../specs/loaded-spec.js';
import { childNode, resolveNode } from '../../specs/resolve-node.js';
import { locationKey } from './schema-memo.js';
import type { WalkState } from './walk-state.js';

const annotations = new Set(['description', 'example', 'examples', '$comment', 'externalDocs']);
/** Keywords whose object value maps names to schemas or values: their keys are data, not keywords. */
const nameMaps = new Set(['properties', 'patternProperties', 'dependentSchemas', 'dependentRequired', '$defs', 'definitions', 'mapping']);
/** Keywords whose value is data, compared as written. */
const dataKeywords = new Set(['enum', 'const', 'default', 'x-extensible-enum', 'required']);

export function equivalentSchemas(state: WalkState, base: SpecNode, head: SpecNode): boolean {
  return equivalent(state, base, head, undefined, new Set());
}

function equivalent(state: WalkState, baseNode: SpecNode, headNode: SpecNode, parentKey: string | undefined, open: Set<string>): boolean {
  state.memo.work.equivalenceSteps += 1;
  const base = resolveNode(state.base, baseNode);
  const head = resolveNode(state.head, headNode);
  const viaRef = base.ref !== undefined || head.ref !== undefined;
  const key = `${locationKey(base)}|${locationKey(head)}`;
  if (viaRef) {
    if (open.has(key)) return true;
    const known = state.memo.equivalent.get(key);
    if (known !== undefined) return known;
    open.add(key);
  }
  const result = equivalentValues(state, base, head, parentKey, open);
  if (viaRef) {
    open.delete(key);
    state.memo.equivalent.set(key, result);
  }
  return result;
}

function equivalentValues(state: WalkState, base: SpecNode, head: SpecNode, parentKey: string | undefined, open: Set<string>): boolean {
  const left = base.value;
  const right = head.value;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return left === right;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((_, index) => equivalent(state, childNode(base, index), childNode(head, index), parentKey, open));
  }
  const skipAnnotations = parentKey === undefined || !nameMaps.has(parentKey);
  const keys = (value: object): string[] => Object.keys(value).filter((key) => !(skipAnnotations && annotations.has(key)));
  const leftKeys = keys(left);
  const rightKeys = new Set(keys(right));
  if (leftKeys.length !== rightKeys.size || !leftKeys.every((key) => rightKeys.has(key))) return false;
  return leftKeys.every((key) => {
    // Data keywords may contain `$ref`-looking objects or annotation-named keys: no schema rules.
    const childKey = parentKey !== undefined && dataKeywords.has(parentKey) ? parentKey : key;
    return equivalent(state, childNode(base, key), childNode(head, key), skipAnnotations ? childKey : undefined, open);
  });
}
