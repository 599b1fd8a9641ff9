// analyze: what the schema walk produces before the engine sees it. Events are recorded with a
// property path relative to where recording started, so the events of a shared component can
// be replayed under every operation (and every path) that uses it.
import type { SpecNode } from '../../specs/loaded-spec.js';
import type { Side } from '../report.js';

export interface SchemaEvent {
  /** Candidate check ids, most specific first; the first one the catalog has is reported. */
  ids: readonly string[];
  /** Property path segments below the recording start (`['items', 'name']`). */
  path: readonly string[];
  node: SpecNode;
  side: Side;
  /** What changed, for the message (`maxLength was lowered from 50 to 20`). */
  detail: string;
}

export type EventSink = (event: SchemaEvent) => void;
