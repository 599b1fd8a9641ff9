// analyze: the metadata of one breaking-change check. The catalog of every check is data
// (printable with `api-review explain`); the logic that finds changes lives beside it, per family.
import type { ChangeLevel } from './change.js';

export type CheckDirection = 'request' | 'response' | 'none';

export interface CheckMeta {
  /** oasdiff's check id. */
  id: string;
  /** Default level (oasdiff's), overridable per repository. */
  level: ChangeLevel;
  /** The family file under `src/diff/checks/` that finds it. */
  family: string;
  direction: CheckDirection;
  /** One sentence: what changed. */
  description: string;
  /** Consumer-facing: what a client of the API does about it. May use {{operation}}, {{name}}. */
  migration: string;
}

export function defineChecks(family: string, checks: Omit<CheckMeta, 'family'>[]): CheckMeta[] {
  return checks.map((check) => ({ ...check, family }));
}
