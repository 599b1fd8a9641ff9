// analyze: what one schema comparison carries while it walks: both specs, the site that decides
// direction and ids, and the memo of recorded `$ref` pairs.
import type { LoadedSpec, SpecNode } from '../../specs/loaded-spec.js';
import type { Recording } from './recording.js';
import type { SchemaMemo } from './schema-memo.js';
import type { SchemaSite } from './schema-site.js';

export interface WalkState {
  base: LoadedSpec;
  head: LoadedSpec;
  site: SchemaSite;
  /** JSON bodies are strongly typed; parameters, headers and other media types are text. */
  stronglyTyped: boolean;
  memo: SchemaMemo;
  /** `breaking.flatten_allof`: compare `allOf` compositions by their merged schema. */
  flattenAllOf: boolean;
}

/** Where events of the current node are recorded, and the property path to give them. */
export interface Frame {
  recording: Recording;
  path: readonly string[];
}

/** The walk itself, handed down so the per-node comparison can descend without an import cycle. */
export type WalkPair = (state: WalkState, frame: Frame, base: SpecNode, head: SpecNode, root: boolean) => void;
