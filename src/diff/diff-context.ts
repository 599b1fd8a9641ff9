// analyze: what every check receives. Checks are pure: the clock and the repository's policy
// arrive here as values, and findings leave through `report`.
import type { LoadedSpec, SpecNode } from '../specs/loaded-spec.js';
import type { SchemaSite } from './schema/schema-site.js';
import type { ChangeLevel } from './change.js';
import type { Report } from './report.js';
import type { CheckId } from './families.js';

export interface DeprecationDays {
  stable: number;
  beta: number;
}

export interface DiffContext {
  base: LoadedSpec;
  head: LoadedSpec;
  report: Report;
  hasCheck: (id: string) => id is CheckId;
  /** The catalog's level of an id (a family that judges through the schema comparator reads it). */
  defaultLevel: (id: CheckId) => ChangeLevel;
  /** The review's "today", passed in so that sunset dates are judged deterministically. */
  now: Date;
  /** Minimum days between deprecation and sunset, per stability level (0: no policy). */
  deprecationDays: DeprecationDays;
  /** The schema comparator (src/diff/schema/), bound to this diff: judges two schemas at a site. */
  compareSchema: (baseNode: SpecNode, headNode: SpecNode, site: SchemaSite) => void;
}

/** A family of checks: reads the matched specs and reports what it finds. */
export type CheckFamily = (ctx: DiffContext, match: import('./spec-match.js').SpecMatch) => void;
