// analyze: the recursive walk over a pair of schemas, building the graph of recordings.
// `$ref`s are followed lazily on both sides. Each `$ref`'d pair is compared once per comparison
// context; wherever the pair recurs, even inside its own comparison (a recursive schema), the walk
// links to its recording instead of comparing again. What an operation reports is decided when
// the graph is unrolled (recording-unroll.ts), where the cycles are cut.
import type { SpecNode } from '../../specs/loaded-spec.js';
import { resolveNode, type ResolvedNode } from '../../specs/resolve-node.js';
import { compareNode } from './compare-node.js';
import { flattenAllOfPair } from './flatten-all-of.js';
import { newRecording } from './recording.js';
import { contextKey, locationKey } from './schema-memo.js';
import { asSchema } from './schema-object.js';
import type { Frame, WalkState } from './walk-state.js';

export function walkSchemaPair(state: WalkState, frame: Frame, baseNode: SpecNode, headNode: SpecNode, root: boolean): void {
  const { base, head } = resolveForComparison(state, baseNode, headNode);
  if (asSchema(base.value) === undefined || asSchema(head.value) === undefined) return;
  if (base.ref === undefined && head.ref === undefined) {
    compareResolved(state, frame, base, head, root);
    return;
  }
  const identity = [contextKey(state.site, state.stronglyTyped, state.flattenAllOf), locationKey(base), locationKey(head)].join('|');
  const key = `${root}|${identity}`;
  let recording = state.memo.recordings.get(key);
  if (recording === undefined) {
    recording = newRecording(identity);
    // Stored before comparing: a recursion back to this pair links to the recording in progress.
    state.memo.recordings.set(key, recording);
    if (!root) state.memo.byIdentity.set(identity, recording);
    compareResolved(state, { recording, path: [] }, base, head, root);
  }
  frame.recording.items.push({ kind: 'nested', path: frame.path, recording });
}

function resolveForComparison(state: WalkState, baseNode: SpecNode, headNode: SpecNode): { base: ResolvedNode; head: ResolvedNode } {
  const resolved = { base: resolveNode(state.base, baseNode), head: resolveNode(state.head, headNode) };
  return state.flattenAllOf ? flattenAllOfPair(state, resolved.base, resolved.head) : resolved;
}

function compareResolved(state: WalkState, frame: Frame, base: ResolvedNode, head: ResolvedNode, root: boolean): void {
  state.memo.work.comparisons += 1;
  compareNode(state, frame, base, head, root, walkSchemaPair);
}
