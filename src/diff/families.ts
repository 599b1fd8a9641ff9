// analyze: the one list of check families, in catalog order. The catalog, the engine's second
// phase and the tests all read it, so a family is added in exactly one place.
import type { CheckFamily } from './diff-context.js';
import { callbackChecks, compareCallbacks } from './checks/callbacks.js';
import { compareLifecycle, lifecycleChecks } from './checks/lifecycle.js';
import { comparePaths, pathChecks } from './checks/paths.js';
import { compareRequestBodies, requestBodyChecks } from './checks/request-body.js';
import { compareRequestParameters, requestParameterChecks } from './checks/request-parameters.js';
import { compareResponseHeaders, responseHeaderChecks } from './checks/response-headers.js';
import { compareResponses, responseChecks } from './checks/responses.js';
import { schemaConstraintsChecks } from './checks/schema-constraints.js';
import { schemaPropsChecks } from './checks/schema-props.js';
import { schemaStructureChecks } from './checks/schema-structure.js';
import { schemaTypeChecks } from './checks/schema-type.js';
import { schemaValuesChecks } from './checks/schema-values.js';
import { compareSecurity, securityChecks } from './checks/security.js';
import { compareComponents, versioningChecks } from './checks/versioning.js';

/**
 * `operation` families walk the matched specs themselves (`compare`); `schema` families are data
 * whose ids the schema comparator reports wherever an operation-level family hands it two schemas.
 */
export type FamilyScope = 'operation' | 'schema';

export const checkFamilies = [
  { scope: 'operation', checks: pathChecks, compare: comparePaths },
  { scope: 'operation', checks: requestParameterChecks, compare: compareRequestParameters },
  { scope: 'operation', checks: requestBodyChecks, compare: compareRequestBodies },
  { scope: 'operation', checks: responseChecks, compare: compareResponses },
  { scope: 'operation', checks: responseHeaderChecks, compare: compareResponseHeaders },
  { scope: 'schema', checks: schemaPropsChecks, compare: undefined },
  { scope: 'schema', checks: schemaTypeChecks, compare: undefined },
  { scope: 'schema', checks: schemaValuesChecks, compare: undefined },
  { scope: 'schema', checks: schemaConstraintsChecks, compare: undefined },
  { scope: 'schema', checks: schemaStructureChecks, compare: undefined },
  { scope: 'operation', checks: securityChecks, compare: compareSecurity },
  { scope: 'operation', checks: lifecycleChecks, compare: compareLifecycle },
  { scope: 'operation', checks: callbackChecks, compare: compareCallbacks },
  // `info.version` is judged apart, after the policies (diff-specs.ts): only components run here.
  { scope: 'operation', checks: versioningChecks, compare: compareComponents },
] as const satisfies readonly { scope: FamilyScope; checks: readonly { id: string }[]; compare: CheckFamily | undefined }[];

/** Every id a family file declares: what `report()` accepts. */
export type CheckId = (typeof checkFamilies)[number]['checks'][number]['id'];
