// analyze: the metadata of one breaking-change check. The catalog of every check is data
// (printable with `api-review explain`); the logic that finds changes lives beside it, per family.
import type { ChangeLevel } from './change.js';

export type CheckDirection = 'request' | 'response' | 'none';

export interface CheckMeta<Id extends string = string> {
  /** oasdiff's check id, or this project's own where oasdiff has none (docs/rules.md says which). */
  id: Id;
  /** Default level (oasdiff's), overridable per repository. */
  level: ChangeLevel;
  /**
   * The family that catalogues it: a file under `src/diff/checks/`. Operation-level families find
   * their ids in that file; the `schema-*` families are tables of rows (one per aspect, generated
   * into records by `schema/check-table.ts`), and their ids are found by the schema comparator
   * (`src/diff/schema/`, through `schema/check-ids.ts`) at every schema site.
   */
  family: string;
  direction: CheckDirection;
  /** One sentence: what changed. */
  description: string;
  /** Consumer-facing: what a client of the API does about it. May use {{operation}}, {{name}}. */
  migration: string;
  /** This project's own check, where oasdiff is silent (its id is ours, not oasdiff's). */
  ours?: boolean;
}

/**
 * Declares a family's checks. The ids keep their literal types (as typescript-eslint keeps a rule's
 * `messageId`s), so the catalog's `CheckId` union is derived from these calls and a misspelt id
 * given to `report()` does not compile.
 */
export function defineChecks<const Id extends string>(
  family: string,
  checks: readonly Omit<CheckMeta<Id>, 'family'>[],
): CheckMeta<Id>[] {
  return checks.map((check) => ({ ...check, family }));
}
