// analyze: the lint engine's one entry. Code outside src/lint imports lint from here only
// (eslint.config.js enforces it, test/lint/lint-fence.test.ts checks it), so the incremental lint
// (incremental/) and the code that knows Spectral's internals (spectral-patches/) can change
// without touching their callers. The functions that run Spectral are loaded on their first call:
// importing a type, a fingerprint or `explainRule` from here never loads Spectral, which keeps
// the CLI's start-up and `api-review diff` free of it (test/cli/cli-startup.test.ts).
import type { ClassifiedFindings } from './lint-diff.js';
import type { LintFinding } from './lint-finding.js';
import type { LoadedRuleset, RulesetLoad } from './loaded-ruleset.js';
import type { RulesetChoice } from './load-ruleset.js';
import type { Ruleset } from '@stoplight/spectral-core';
import type { LoadedSpec } from '../specs/loaded-spec.js';
import type { LintChangeOptions } from './incremental/lint-change.js';

export type { LintFinding, LintSeverity } from './lint-finding.js';
export type { LoadedRuleset, RulesetLoad, RulesetProblem } from './loaded-ruleset.js';
export type { RulesetChoice } from './load-ruleset.js';
export type { ClassifiedFindings } from './lint-diff.js';
export type { LintChangeOptions } from './incremental/lint-change.js';
export { formatRulesetProblem } from './loaded-ruleset.js';
export { classifyFindings, fingerprintFinding } from './lint-diff.js';
export { explainRule } from './explain-rule.js';
export { applyLintOverrides, describeLintOverride, expiredLintOverrides } from './lint-overrides.js';
export { NAMES_REPLACEMENT, NAMES_SUNSET } from './guidelines/deprecation-wording.js';
// The parse Spectral lints a YAML file from, made for the loader (src/specs/parse-file.ts): its parser loads on first call.
export type { ParsePosition, SpectralParse, YamlParse } from './spectral-patches/spectral-parse.js';
export { parseYamlForLint } from './spectral-patches/spectral-parse.js';

/** The ruleset a review lints with, read as data only (load-ruleset.ts). */
export async function loadRuleset(choice: RulesetChoice): Promise<RulesetLoad> {
  return (await import('./load-ruleset.js')).loadRuleset(choice);
}

/** Every finding of one spec, linted whole. */
export async function lintSpec(spec: LoadedSpec, ruleset: LoadedRuleset): Promise<LintFinding[]> {
  return (await import('./lint-spec.js')).lintSpec(spec, ruleset);
}

/** An AsyncAPI document linted with Spectral's `spectral:asyncapi` (recommended rules). */
export async function lintAsyncapi(spec: LoadedSpec): Promise<LintFinding[]> {
  return (await import('./lint-asyncapi.js')).lintAsyncapi(spec);
}

/** The findings a change introduces, fixes and keeps, linting only what the change can affect. */
export async function lintChange(base: LoadedSpec, head: LoadedSpec, ruleset: Ruleset, options: LintChangeOptions = {}): Promise<ClassifiedFindings> {
  return (await import('./incremental/lint-change.js')).lintChange(base, head, ruleset, options);
}
