// analyze: the registry of every breaking-change check (oasdiff's ids and default levels), gathered
// from the family files. It is data: `api-review explain` and docs/rules.md print it.
import type { CheckMeta } from './check.js';
import { lifecycleChecks } from './checks/lifecycle.js';
import { pathChecks } from './checks/paths.js';
import { requestBodyChecks } from './checks/request-body.js';
import { requestParameterChecks } from './checks/request-parameters.js';
import { responseHeaderChecks } from './checks/response-headers.js';
import { responseChecks } from './checks/responses.js';
import { schemaChecks } from './checks/schema-index.js';
import { securityChecks } from './checks/security.js';
import { versioningChecks } from './checks/versioning.js';

/** Every check, in family order. An id defined twice keeps its first definition. */
export const catalog: readonly CheckMeta[] = uniqueById([
  ...pathChecks,
  ...requestParameterChecks,
  ...requestBodyChecks,
  ...responseChecks,
  ...responseHeaderChecks,
  ...schemaChecks,
  ...securityChecks,
  ...lifecycleChecks,
  ...versioningChecks,
]);

const byId = new Map(catalog.map((check) => [check.id, check]));

export function findCheck(id: string): CheckMeta | undefined {
  return byId.get(id);
}

export function hasCheck(id: string): boolean {
  return byId.has(id);
}

function uniqueById(checks: CheckMeta[]): CheckMeta[] {
  const seen = new Set<string>();
  return checks.filter((check) => {
    if (seen.has(check.id)) return false;
    seen.add(check.id);
    return true;
  });
}
