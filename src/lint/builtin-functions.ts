// analyze: the Spectral functions a ruleset may name. Rulesets are data: a rule can only call
// one of Spectral's own functions or one of ours (guidelines/, trusted code of this package, for
// guidelines that need the whole document, such as the casing most of an API uses), never code
// shipped by the repository under review.
import './spectral-patches/native-nimma.js'; // first: Spectral must find nimma's native build (native-nimma.ts)
import * as functions from '@stoplight/spectral-functions';
import { apiCollectionPagination } from './guidelines/collection-pagination.js';
import { apiDeprecationDocumented } from './guidelines/deprecation-documented.js';
import { apiIdempotencyKey } from './guidelines/idempotency-key.js';
import { apiOperationSecurity } from './guidelines/operation-security.js';
import { apiPropertyCasing } from './guidelines/property-casing.js';
import { apiResourceNaming } from './guidelines/resource-naming.js';
import { apiSchemaBounds } from './guidelines/schema-bounds.js';
import { apiVersionConsistent } from './guidelines/version-consistency.js';
import { apiVersioning } from './guidelines/versioning.js';
import type { RulesetFunction, RulesetFunctionWithValidator } from '@stoplight/spectral-core';

type SpectralFunction = RulesetFunction<unknown, unknown> | RulesetFunctionWithValidator<unknown, unknown>;

const BUILTIN_FUNCTIONS: ReadonlyMap<string, SpectralFunction> = new Map<string, SpectralFunction>(
  Object.entries({
    alphabetical: functions.alphabetical,
    casing: functions.casing,
    defined: functions.defined,
    enumeration: functions.enumeration,
    falsy: functions.falsy,
    length: functions.length,
    or: functions.or,
    pattern: functions.pattern,
    schema: functions.schema,
    truthy: functions.truthy,
    undefined: functions.undefined,
    unreferencedReusableObject: functions.unreferencedReusableObject,
    xor: functions.xor,
    // Ours: they read the document as written (rules name them with `resolved: false`).
    apiCollectionPagination,
    apiDeprecationDocumented,
    apiIdempotencyKey,
    apiOperationSecurity,
    apiPropertyCasing,
    apiResourceNaming,
    apiSchemaBounds,
    apiVersioning,
    apiVersionConsistent,
  } as Record<string, SpectralFunction>),
);

export function builtinFunction(name: string): SpectralFunction | undefined {
  return BUILTIN_FUNCTIONS.get(name);
}

export function builtinFunctionNames(): string[] {
  return [...BUILTIN_FUNCTIONS.keys()];
}
