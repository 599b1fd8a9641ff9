// analyze: what one schema comparison carries while it walks: both specs, the site that decides
// direction and ids, the replay memo and the stack of `$ref` pairs being walked (cycle guard).
import type { LoadedSpec, SpecNode } from '../../specs/loaded-spec.js';
import type { EventSink } from './schema-event.js';
import type { SchemaMemo } from './schema-memo.js';
import type { SchemaSite } from './schema-site.js';

export interface WalkState {
  base: LoadedSpec;
  head: LoadedSpec;
  site: SchemaSite;
  /** JSON bodies are strongly typed; parameters, headers and other media types are text. */
  stronglyTyped: boolean;
  memo: SchemaMemo;
  /** Keys of the `$ref` pairs on the walk stack, outermost first. */
  stack: string[];
  /** Smallest stack index a cycle cut pointed at since it was last reset (Infinity: none). */
  lowestCut: number;
}

/** Where events of the current node go, and the property path to give them. */
export interface Frame {
  sink: EventSink;
  path: readonly string[];
}

/** The walk itself, handed down so the per-node comparison can descend without an import cycle. */
export type WalkPair = (state: WalkState, frame: Frame, base: SpecNode, head: SpecNode, root: boolean) => void;
