// analyze: the registry of every breaking-change check (oasdiff's ids and default levels), gathered
// from the family files (families.ts). It is data: `api-review explain` and docs/rules.md print it.
import type { ChangeLevel } from './change.js';
import type { CheckMeta } from './check.js';
import { checkFamilies, type CheckId } from './families.js';

export type { CheckId } from './families.js';

/** Every check, in family order. An id defined twice keeps its first definition. */
export const catalog: readonly CheckMeta<CheckId>[] = uniqueById(
  checkFamilies.flatMap<CheckMeta<CheckId>>((family) => family.checks),
);

const byId = new Map<string, CheckMeta<CheckId>>(catalog.map((check) => [check.id, check]));

export function findCheck(id: string): CheckMeta<CheckId> | undefined {
  return byId.get(id);
}

/** The default level of a catalogued id: total, since `CheckId` is derived from the same lists. */
export function defaultLevel(id: CheckId): ChangeLevel {
  const check = byId.get(id);
  if (check === undefined) throw new Error(`check \`${id}\` is typed but not catalogued`);
  return check.level;
}

/** Narrows a computed id (a schema aspect at a position) to one `report()` accepts. */
export function hasCheck(id: string): id is CheckId {
  return byId.has(id);
}

function uniqueById(checks: readonly CheckMeta<CheckId>[]): CheckMeta<CheckId>[] {
  const seen = new Set<string>();
  return checks.filter((check) => {
    if (seen.has(check.id)) return false;
    seen.add(check.id);
    return true;
  });
}
