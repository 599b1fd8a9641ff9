// analyze: the Spectral functions a ruleset may name. Rulesets are data: a rule can only call
// one of Spectral's own functions, never code shipped by the repository under review.
import './native-nimma.js'; // first: Spectral must find nimma's native build (native-nimma.ts)
import * as functions from '@stoplight/spectral-functions';
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
  } as Record<string, SpectralFunction>),
);

export function builtinFunction(name: string): SpectralFunction | undefined {
  return BUILTIN_FUNCTIONS.get(name);
}

export function builtinFunctionNames(): string[] {
  return [...BUILTIN_FUNCTIONS.keys()];
}
