// analyze: the recursive walk over a pair of schemas. `$ref`s are followed lazily on both sides;
// a pair already on the stack is not walked again (recursive schemas), and a finished pair of
// referenced schemas is recorded in the memo and replayed wherever the same pair recurs.
import type { SpecNode } from '../../specs/loaded-spec.js';
import { resolveNode } from '../../specs/resolve-node.js';
import { compareNode } from './compare-node.js';
import type { SchemaEvent } from './schema-event.js';
import { contextKey, locationKey } from './schema-memo.js';
import { asSchema } from './schema-object.js';
import type { Frame, WalkState } from './walk-state.js';

export function walkSchemaPair(state: WalkState, frame: Frame, baseNode: SpecNode, headNode: SpecNode, root: boolean): void {
  const base = resolveNode(state.base, baseNode);
  const head = resolveNode(state.head, headNode);
  if (asSchema(base.value) === undefined || asSchema(head.value) === undefined) return;
  if (base.ref === undefined && head.ref === undefined) {
    compareNode(state, frame, base, head, root, walkSchemaPair);
    return;
  }
  const key = [contextKey(state.site, state.stronglyTyped), root, locationKey(base), locationKey(head)].join('|');
  const onStack = state.stack.indexOf(key);
  if (onStack !== -1) {
    state.lowestCut = Math.min(state.lowestCut, onStack);
    return;
  }
  const recorded = state.memo.events.get(key);
  if (recorded !== undefined) {
    replay(recorded, frame);
    return;
  }
  const events: SchemaEvent[] = [];
  const depth = state.stack.length;
  state.stack.push(key);
  compareNode(state, { sink: (event) => events.push(event), path: [] }, base, head, root, walkSchemaPair);
  state.stack.pop();
  // A walk cut short by a cycle through an outer pair depends on that outer pair: not reusable.
  if (state.lowestCut >= depth) {
    state.memo.events.set(key, events);
    state.lowestCut = Number.POSITIVE_INFINITY;
  }
  replay(events, frame);
}

function replay(events: readonly SchemaEvent[], frame: Frame): void {
  for (const event of events) {
    frame.sink(frame.path.length === 0 ? event : { ...event, path: [...frame.path, ...event.path] });
  }
}
