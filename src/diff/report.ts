// analyze: how a check hands a finding to the engine. The engine, not the check, decides the
// final level (repository overrides), drops ignored changes and computes the source location.
import type { SpecNode } from '../specs/loaded-spec.js';
import type { CheckId } from './families.js';

export type Side = 'base' | 'head';

export interface ReportedChange {
  /** Only catalogued ids: a misspelt or uncatalogued id does not compile. */
  id: CheckId;
  /** `METHOD /path/template`, or `null` for document-level changes. */
  operation: string | null;
  /** The element the change is about: in the base for removals, in the head otherwise. */
  node: SpecNode;
  side: Side;
  /** A sentence for humans, naming the element (`request property \`name\``) and the values. */
  message: string;
}

export type Report = (change: ReportedChange) => void;
