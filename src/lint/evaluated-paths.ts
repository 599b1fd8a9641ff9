// analyze: the JSONPath expressions a built Spectral ruleset will evaluate, exactly as its runner
// gets them: each rule's `given` resolved through aliases (Spectral's own resolution, for every
// document format, since scoped aliases pick their paths by format) and each `then.field`. The
// file reader refuses unsafe paths where they are written, with their line; this is the second
// look at what those pieces become once joined (an alias's path followed by what a rule
// appends), so a path that only turns unsafe when assembled cannot reach the engine either.
import './spectral-patches/native-nimma.js'; // first: Spectral must find nimma's native build (native-nimma.ts)
import { Ruleset, type Format, type Rule } from '@stoplight/spectral-core';
import { builtinFormats } from './builtin-formats.js';
import { builtinRuleset, BUILTIN_RULESET_NAMES } from './builtin-rulesets.js';
import { fieldRefusal, givenRefusal } from './jsonpath-safety.js';

export interface UnsafePath {
  rule: string;
  message: string;
}

/** Paths of the bundled rulesets: package code, which may use filters a repository's ruleset may not. */
let bundledPaths: ReadonlySet<string> | undefined;

/** The evaluated paths of `ruleset` that could run code, except those the bundled rulesets ship. */
export function unsafeEvaluatedPaths(ruleset: Ruleset): UnsafePath[] {
  const trusted = (bundledPaths ??= bundledRulesetPaths());
  const unsafe: UnsafePath[] = [];
  for (const rule of Object.values(ruleset.rules)) {
    for (const given of evaluatedGivens(rule)) {
      const refusal = trusted.has(given) ? undefined : givenRefusal(given);
      if (refusal !== undefined) unsafe.push({ rule: rule.name, message: `rule "${rule.name}": given "${given}" ${refusal}` });
    }
    for (const field of evaluatedFields(rule)) {
      const refusal = trusted.has(field) ? undefined : fieldRefusal(field);
      if (refusal !== undefined) unsafe.push({ rule: rule.name, message: `rule "${rule.name}": field "${field}" ${refusal}` });
    }
  }
  return unsafe;
}

function evaluatedGivens(rule: Rule): Set<string> {
  const givens = new Set<string>();
  const formatSets: (Set<Format> | null)[] = [null, ...builtinFormats().map((format) => new Set([format]))];
  for (const formats of formatSets) {
    let resolved: string[];
    try {
      resolved = rule.getGivenForFormats(formats);
    } catch {
      continue; // an alias that does not resolve: Spectral reports it, nothing is evaluated
    }
    for (const given of resolved) givens.add(given);
  }
  return givens;
}

function evaluatedFields(rule: Rule): string[] {
  return rule.then.flatMap((then) => (typeof then.field === 'string' ? [then.field] : []));
}

function bundledRulesetPaths(): ReadonlySet<string> {
  const paths = new Set<string>();
  for (const name of BUILTIN_RULESET_NAMES) {
    const definition = builtinRuleset(name);
    if (definition === undefined) continue;
    for (const rule of Object.values(new Ruleset(definition as ConstructorParameters<typeof Ruleset>[0]).rules)) {
      for (const given of evaluatedGivens(rule)) paths.add(given);
      for (const field of evaluatedFields(rule)) paths.add(field);
    }
  }
  return paths;
}
