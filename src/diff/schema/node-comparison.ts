// analyze: one pair of resolved schemas under comparison, as every aspect comparer sees it:
// both sides, where they sit (which decides the ids), and how to report or descend.
import type { SpecNode } from '../../specs/loaded-spec.js';
import type { ResolvedNode } from '../../specs/resolve-node.js';
import type { Side } from '../report.js';
import type { SchemaPosition } from './check-ids.js';
import type { SchemaObject } from './schema-object.js';
import type { WalkState } from './walk-state.js';

export interface NodeComparison {
  state: WalkState;
  position: SchemaPosition;
  base: SchemaObject;
  head: SchemaObject;
  baseNode: ResolvedNode;
  headNode: ResolvedNode;
  /** Segments from where recording started to this schema (`['not', 'items']`): local, not absolute. */
  path: readonly string[];
  /** Reports a change of this schema; the id is the position's prefix plus `aspect`. */
  aspect(aspect: string, detail: string, side?: Side): void;
  /** Reports explicit ids about the child `segment` (a property added, removed, made required). */
  childIds(ids: readonly string[], segment: string, detail: string, side: Side, node: SpecNode): void;
  /** Compares a pair of subschemas one level down, named `segment` in property paths. */
  child(base: SpecNode, head: SpecNode, segment: string): void;
}
