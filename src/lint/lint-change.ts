// analyze: the lint findings a change introduces, without linting both documents whole. Rules
// whose results depend on the whole document run on the full base and head; unit-local rules
// run on reduced documents holding only what the change can affect. The classification equals
// the one full lints of base and head give (test/lint/lint-change.test.ts proves it on the corpus).
import type { Rule, Ruleset } from '@stoplight/spectral-core';
import type { LoadedSpec } from '../specs/loaded-spec.js';
import { documentUnits, isContainerPath, unitKeyOf, type DocumentUnits } from './document-units.js';
import { contentHash, rulesetKey, sharedLintCache, type LintCache } from './lint-cache.js';
import { classifyFindings, fingerprintFinding, type ClassifiedFindings } from './lint-diff.js';
import type { LintFinding } from './lint-finding.js';
import { lintScope, widenScope } from './lint-scope.js';
import { lintPart, type LintPart } from './lint-spec.js';
import { reducedDocument } from './reduced-document.js';
import { isUnitLocalRule } from './rule-locality.js';
import { toVirtualPath } from './virtual-root.js';

export interface LintChangeOptions {
  cache?: LintCache;
  /** Lint both documents whole (the reference the incremental result must equal). */
  full?: boolean;
}

export async function lintChange(base: LoadedSpec, head: LoadedSpec, ruleset: Ruleset, options: LintChangeOptions = {}): Promise<ClassifiedFindings> {
  const linter = cachedLinter(ruleset, options.cache ?? sharedLintCache);
  const units = options.full ? undefined : unitsOfPair(base, head);
  if (!units) {
    const [baseFindings, headFindings] = [await linter(base, 'whole', {}), await linter(head, 'whole', {})];
    return classifyFindings(baseFindings, headFindings, { base, head });
  }
  const local = localRuleNames(ruleset, base, head);
  const wholeDocument: LintPart = { rules: (rule) => !local.has(rule.name) };
  const baseWhole = await linter(base, 'whole-document-rules', wholeDocument);
  const headWhole = await linter(head, 'whole-document-rules', wholeDocument);
  const localFindings = await lintLocally({ base, head, units, local, linter });
  return classifyFindings([...baseWhole, ...localFindings.base], [...headWhole, ...localFindings.head], { base, head });
}

type Linter = (spec: LoadedSpec, label: string, part: LintPart) => Promise<LintFinding[]>;

interface LocalRun {
  base: LoadedSpec;
  head: LoadedSpec;
  units: { base: DocumentUnits; head: DocumentUnits };
  local: ReadonlySet<string>;
  linter: Linter;
}

/**
 * Lints the units the change can affect, and widens the set while a finding sits in an
 * unchanged unit that differs between the sides: there, units left out (which reach it through
 * `$ref`) might report it too, so they are brought in until nothing left out can.
 */
async function lintLocally(run: LocalRun): Promise<{ base: LintFinding[]; head: LintFinding[] }> {
  const scope = lintScope(run.units.base, run.units.head);
  let kept: ReadonlySet<string> = scope.kept;
  for (;;) {
    const found = await lintKept(run, kept);
    const unsettled = unsettledUnits(found, run, scope.changed);
    if (unsettled === 'everything') return lintKept(run, allUnits(run.units));
    const widened = widenScope(run.units.base, run.units.head, kept, unsettled);
    if (widened.size === kept.size) return found;
    kept = widened;
  }
}

async function lintKept(run: LocalRun, kept: ReadonlySet<string>): Promise<{ base: LintFinding[]; head: LintFinding[] }> {
  const label = `local:${contentHash([...kept].sort().join('\u0001'))}`;
  const part = (spec: LoadedSpec): LintPart => ({
    rules: (rule) => run.local.has(rule.name),
    data: reducedDocument(rootData(spec), kept),
    memoizeExamples: true,
  });
  const only = (findings: LintFinding[]): LintFinding[] => findings.filter((finding) => run.local.has(finding.code));
  const base = only(await run.linter(run.base, label, part(run.base)));
  const head = only(await run.linter(run.head, label, part(run.head)));
  return { base, head };
}

/** Unchanged units holding findings that differ between the sides; `everything` for a unit map or the root. */
function unsettledUnits(found: { base: LintFinding[]; head: LintFinding[] }, run: LocalRun, changed: ReadonlySet<string>): Set<string> | 'everything' {
  const messages = (findings: LintFinding[], spec: LoadedSpec): Map<string, string[]> => {
    const byPrint = new Map<string, string[]>();
    for (const finding of findings) {
      const print = fingerprintFinding(finding, spec);
      byPrint.set(print, [...(byPrint.get(print) ?? []), finding.message]);
    }
    for (const list of byPrint.values()) list.sort();
    return byPrint;
  };
  const base = messages(found.base, run.base);
  const head = messages(found.head, run.head);
  const unsettled = new Set<string>();
  const sides: [LintFinding[], LoadedSpec][] = [[found.base, run.base], [found.head, run.head]];
  for (const [findings, spec] of sides) {
    for (const finding of findings) {
      const print = fingerprintFinding(finding, spec);
      if (JSON.stringify(base.get(print) ?? []) === JSON.stringify(head.get(print) ?? [])) continue;
      if (isContainerPath(finding.path)) return 'everything';
      const unit = unitKeyOf(finding.path);
      if (!changed.has(unit)) unsettled.add(unit);
    }
  }
  return unsettled;
}

function unitsOfPair(base: LoadedSpec, head: LoadedSpec): { base: DocumentUnits; head: DocumentUnits } | undefined {
  // Several files: a unit's dependencies cross files, and the lint stays whole.
  if (base.files.size !== 1 || head.files.size !== 1) return undefined;
  const baseUnits = documentUnits(rootData(base), base.root);
  const headUnits = documentUnits(rootData(head), head.root);
  return baseUnits && headUnits ? { base: baseUnits, head: headUnits } : undefined;
}

function allUnits(units: { base: DocumentUnits; head: DocumentUnits }): Set<string> {
  return new Set([...units.base.values.keys(), ...units.head.values.keys()]);
}

/** The root file as written (a Swagger 2.0 file is linted as 2.0, not as its conversion). */
function rootData(spec: LoadedSpec): Record<string, unknown> {
  return spec.files.get(spec.root)?.data as Record<string, unknown>;
}

/** Rules that are unit-local for the formats of both documents. */
function localRuleNames(ruleset: Ruleset, base: LoadedSpec, head: LoadedSpec): Set<string> {
  const source = toVirtualPath(head.root);
  const effective = ruleset.fromSource(source);
  const formatsOf = (spec: LoadedSpec): Formats => new Set([...effective.formats].filter((format) => format(rootData(spec), source))) as Formats;
  const baseFormats = formatsOf(base);
  const headFormats = formatsOf(head);
  const names = new Set<string>();
  for (const [name, rule] of Object.entries(effective.rules)) {
    const givens = [...rule.getGivenForFormats(baseFormats), ...rule.getGivenForFormats(headFormats)];
    if (isUnitLocalRule(rule, givens)) names.add(name);
  }
  return names;
}

type Formats = NonNullable<Parameters<Rule['getGivenForFormats']>[0]>;

const specHashes = new WeakMap<LoadedSpec, string>();

/** Lints through the cache: the key is the ruleset, the content of every file of the spec and the part's label. */
function cachedLinter(ruleset: Ruleset, cache: LintCache): Linter {
  return (spec, label, part) => {
    let hash = specHashes.get(spec);
    if (hash === undefined) {
      hash = contentHash(spec.root, ...[...spec.files.values()].flatMap((file) => [file.path, file.text]));
      specHashes.set(spec, hash);
    }
    const key = `${rulesetKey(ruleset, toVirtualPath(spec.root))}:${hash}:${label}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const findings = lintPart(spec, ruleset, part);
    cache.set(key, findings);
    return findings;
  };
}
