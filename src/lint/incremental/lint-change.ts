// analyze: the lint findings a change introduces, without linting both documents whole. Rules
// whose results depend on the whole document run on the full base and head; unit-local rules
// run on reduced documents holding only what the change can affect. The classification equals
// the one full lints of base and head give (test/lint/incremental/lint-change.test.ts proves it on the corpus).
import type { Rule, Ruleset } from '@stoplight/spectral-core';
import type { LoadedSpec } from '../../specs/loaded-spec.js';
import { documentUnits, isContainerPath, unitKeyOf, type DocumentUnits } from './document-units.js';
import { contentHash, rulesetKey, sharedLintCache, type LintCache } from './lint-cache.js';
import { classifyFindings, fingerprintFinding, type ClassifiedFindings } from '../lint-diff.js';
import { compareFindings } from '../compare-findings.js';
import type { LintFinding } from '../lint-finding.js';
import { changedUnits, closureOnBothSides, referrersOnBothSides } from './lint-scope.js';
import { lintPart } from '../lint-spec.js';
import { lintPartOf, type SidePart } from './side-part.js';
import { readsOperationLevelOnly } from './operation-level-view.js';
import { isUnitLocalRule, isUnitWiseRule } from './rule-locality.js';
import type { SharedResolution } from '../spec-resolver.js';
import { toVirtualPath } from '../virtual-root.js';

export interface LintChangeOptions {
  cache?: LintCache;
  /** Lint both documents whole (the reference the incremental result must equal). */
  full?: boolean;
  /** Told how many units the incremental lint lints from, each time that grows (a progress line). */
  onLinting?: (units: number) => void;
}

export async function lintChange(base: LoadedSpec, head: LoadedSpec, ruleset: Ruleset, options: LintChangeOptions = {}): Promise<ClassifiedFindings> {
  return lintSides(base, head, ruleset, startSides(base, head, ruleset, options), options.full === true, options.onLinting);
}

async function lintSides(base: LoadedSpec, head: LoadedSpec, ruleset: Ruleset, sides: Sides, full: boolean, onLinting?: (units: number) => void): Promise<ClassifiedFindings> {
  const units = full ? undefined : unitsOfPair(base, head);
  if (!units) {
    const [baseFindings, headFindings] = await sides.both({ label: 'whole' });
    return classifyFindings(baseFindings, headFindings, { base, head });
  }
  const { local, unitWise, wholeDocument, operationLevel } = splitRules(ruleset, base, head);
  const wholeDocumentPart: SidePart = {
    label: `whole-document-rules:${contentHash(...wholeDocument)}${operationLevel ? ':operation-level' : ''}`,
    rules: wholeDocument,
    ...(operationLevel ? { operationLevel } : {}),
    shareResolution: true,
  };
  const [[baseWhole, headWhole], localFindings] = await Promise.all([sides.both(wholeDocumentPart), lintLocally({ base, head, units, local, unitWise, sides, ...(onLinting ? { onLinting } : {}) })]);
  // In the one order findings are printed in, whichever run found them.
  const joined = (whole: LintFinding[], local: LintFinding[]): LintFinding[] => [...whole, ...local].sort(compareFindings);
  return classifyFindings(joined(baseWhole, localFindings.base), joined(headWhole, localFindings.head), { base, head });
}

/** Lints a part of the base and the same part of the head. */
interface Sides {
  both(part: SidePart): Promise<[LintFinding[], LintFinding[]]>;
}

function startSides(base: LoadedSpec, head: LoadedSpec, ruleset: Ruleset, options: LintChangeOptions): Sides {
  const cache = options.cache ?? sharedLintCache;
  const here = (spec: LoadedSpec) => {
    // The whole document's resolution, kept for the first run of kept units (see `lintFrom`).
    const resolution: SharedResolution = {};
    return (part: SidePart) => lintPart(spec, ruleset, { ...lintPartOf(part), ...(part.shareResolution ? { resolution } : {}) });
  };
  // One part at a time: two Spectral runs interleaved on one thread are slower than one after
  // the other, and hold two resolved documents in memory at once.
  const queue = oneAtATime();
  const baseLinter = cachedLinter(ruleset, cache, base, queue(here(base)));
  const headLinter = cachedLinter(ruleset, cache, head, queue(here(head)));
  return { both: (part) => Promise.all([baseLinter(part), headLinter(part)]) };
}

type SideLinter = (part: SidePart) => Promise<LintFinding[]>;

/** A queue: the linters it wraps run one part at a time, in the order asked. */
function oneAtATime(): (lint: SideLinter) => SideLinter {
  let previous: Promise<unknown> = Promise.resolve();
  return (lint) => (part) => {
    const next = previous.then(() => lint(part));
    previous = next.catch(() => undefined);
    return next;
  };
}

interface LocalRun {
  base: LoadedSpec;
  head: LoadedSpec;
  units: { base: DocumentUnits; head: DocumentUnits };
  local: ReadonlySet<string>;
  /** Of those, the rules that walk the whole document unit by unit (rule-locality.ts). */
  unitWise: ReadonlySet<string>;
  sides: Sides;
  onLinting?: (units: number) => void;
}

/**
 * Lints from the units the change can affect, then from more units while a finding sits in an
 * unchanged unit and differs between the sides: there, units not linted yet (which reach it
 * through `$ref`) might report it too, so they are linted until none is left that could.
 */
async function lintLocally(run: LocalRun): Promise<{ base: LintFinding[]; head: LintFinding[] }> {
  const changed = changedUnits(run.units.base, run.units.head);
  let linted: ReadonlySet<string> = changed;
  run.onLinting?.(linted.size);
  let found = await lintFrom(run, linted);
  for (;;) {
    const unsettled = unsettledUnits(found, run, changed);
    if (unsettled === 'everything') {
      const everything = allUnits(run.units);
      run.onLinting?.(everything.size);
      return lintFrom(run, everything);
    }
    const reaching = referrersOnBothSides(run.units.base, run.units.head, unsettled);
    const added = new Set([...reaching].filter((unit) => !linted.has(unit)));
    if (added.size === 0) return found;
    // A unit-local rule finds the same things from a unit whatever else the document holds, so
    // only the added units are linted, and their findings joined.
    linted = new Set([...linted, ...added]);
    run.onLinting?.(linted.size);
    found = joinFindings(found, await lintFrom(run, added));
  }
}

function joinFindings(
  earlier: { base: LintFinding[]; head: LintFinding[] },
  later: { base: LintFinding[]; head: LintFinding[] },
): { base: LintFinding[]; head: LintFinding[] } {
  const join = (one: LintFinding[], other: LintFinding[]): LintFinding[] => {
    const byIdentity = new Map<string, LintFinding>();
    for (const finding of [...one, ...other]) {
      byIdentity.set(JSON.stringify([finding.code, finding.path, finding.message, finding.source.file, finding.source.line]), finding);
    }
    return [...byIdentity.values()].sort(compareFindings);
  };
  return { base: join(earlier.base, later.base), head: join(earlier.head, later.head) };
}

/**
 * Runs the unit-local rules from `units` only: the documents keep `units` and everything they
 * reach (so that `$ref`s resolve and results inside are located), but resolved rules traverse the
 * subtrees of `units` alone. An unchanged unit whose `$ref`s reach nothing changed gives the same
 * findings at the base and at the head, so it need not be traversed for its own sake.
 */
async function lintFrom(run: LocalRun, units: ReadonlySet<string>): Promise<{ base: LintFinding[]; head: LintFinding[] }> {
  const linted = [...units].sort();
  const kept = [...closureOnBothSides(run.units.base, run.units.head, units)].sort();
  const rules = [...run.local].sort();
  // The label names all that decides the findings: the rules, the units linted from, and the
  // kept units (unresolved rules traverse those), so a cached part is only ever the same part.
  const label = `local:${contentHash(rules.join('\u0001'), linted.join('\u0001'), kept.join('\u0001'))}`;
  // Kept units are closed under `$ref` on each side, and no `$ref` names a map of units or the
  // root (documentUnits), so resolving them gives, inside them, what resolving the whole document
  // gives: the whole-document run's resolution serves (once; the runs after resolve their own).
  const part: SidePart = { label, rules, units: { kept, linted }, shareResolution: true };
  const only = (findings: LintFinding[]): LintFinding[] => findings.filter((finding) => run.local.has(finding.code) && inLintedView(finding, units) && inLintedUnit(finding, run, units));
  const [base, head] = await run.sides.both(part);
  return { base: only(base), head: only(head) };
}

/**
 * Whether a finding can be trusted from a run over `units`. The linted view leaves out the
 * top-level keys not linted (`info`, `servers`: see lintedView), so a rule given `$` that reads
 * `info.contact` or `servers` finds them missing there although the document has them; what it
 * reports inside such a key is an artifact of the view, the same on both sides, and would show
 * as invented debt. A key that is linted, or that changed, is in the view as written.
 */
function inLintedView(finding: LintFinding, units: ReadonlySet<string>): boolean {
  if (isContainerPath(finding.path)) return true;
  const unit = unitKeyOf(finding.path);
  return unit.includes('\u0000') || units.has(unit);
}

/**
 * A unit-wise rule walks every kept unit, not only the linted ones; a kept unit that is not linted
 * is unchanged, so what it reports there is the same at the base and at the head: debt left
 * unlisted, as in any unit not linted (GitHub's description holds 27,000 such bounds findings a side).
 */
function inLintedUnit(finding: LintFinding, run: LocalRun, units: ReadonlySet<string>): boolean {
  return !run.unitWise.has(finding.code) || units.has(unitKeyOf(finding.path));
}

/** Unchanged units holding findings that differ between the sides; `everything` for a unit map or the root. */
function unsettledUnits(found: { base: LintFinding[]; head: LintFinding[] }, run: LocalRun, changed: ReadonlySet<string>): Set<string> | 'everything' {
  // Only findings in a unit map, the root or an unchanged unit can unsettle anything: the
  // messages of their fingerprints are compared, each with every finding that shares it.
  const relevant = (finding: LintFinding): boolean => isContainerPath(finding.path) || !changed.has(unitKeyOf(finding.path));
  const relevantPrints = new Set([
    ...found.base.filter(relevant).map((finding) => fingerprintFinding(finding, run.base)),
    ...found.head.filter(relevant).map((finding) => fingerprintFinding(finding, run.head)),
  ]);
  const base = found.base.filter((finding) => relevantPrints.has(fingerprintFinding(finding, run.base)));
  const head = found.head.filter((finding) => relevantPrints.has(fingerprintFinding(finding, run.head)));
  const messages = (findings: LintFinding[], spec: LoadedSpec): Map<string, string[]> => {
    const byPrint = new Map<string, string[]>();
    for (const finding of findings) {
      const print = fingerprintFinding(finding, spec);
      const list = byPrint.get(print);
      if (list) list.push(finding.message);
      else byPrint.set(print, [finding.message]);
    }
    for (const list of byPrint.values()) list.sort();
    return byPrint;
  };
  const baseMessages = messages(base, run.base);
  const headMessages = messages(head, run.head);
  const differing = new Set<string>();
  for (const print of new Set([...baseMessages.keys(), ...headMessages.keys()])) {
    if (JSON.stringify(baseMessages.get(print) ?? []) !== JSON.stringify(headMessages.get(print) ?? [])) differing.add(print);
  }
  const unsettled = new Set<string>();
  const sides: [LintFinding[], LoadedSpec][] = [[base, run.base], [head, run.head]];
  for (const [findings, spec] of sides) {
    for (const finding of findings) {
      if (!differing.has(fingerprintFinding(finding, spec))) continue;
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

interface RuleSplit {
  /** Rules that are unit-local for the formats of both documents. */
  local: Set<string>;
  /** Of those, the ones that walk the whole document unit by unit. */
  unitWise: Set<string>;
  /** The others, which read the whole document. */
  wholeDocument: string[];
  /** True when those read no more than operations' own fields (operation-level-view.ts). */
  operationLevel: boolean;
}

function splitRules(ruleset: Ruleset, base: LoadedSpec, head: LoadedSpec): RuleSplit {
  const source = toVirtualPath(head.root);
  const effective = ruleset.fromSource(source);
  const formatsOf = (spec: LoadedSpec): Formats => new Set([...effective.formats].filter((format) => format(rootData(spec), source))) as Formats;
  const sides = [formatsOf(base), formatsOf(head)];
  const split: RuleSplit = { local: new Set(), unitWise: new Set(), wholeDocument: [], operationLevel: true };
  for (const [name, rule] of Object.entries(effective.rules)) {
    const givensBySide = sides.map((formats) => rule.getGivenForFormats(formats));
    if (isUnitLocalRule(rule, givensBySide.flat())) {
      split.local.add(name);
      if (isUnitWiseRule(rule, givensBySide.flat())) split.unitWise.add(name);
      continue;
    }
    split.wholeDocument.push(name);
    split.operationLevel &&= givensBySide.every((givens) => readsOperationLevelOnly(rule, givens));
  }
  return split;
}

type Formats = NonNullable<Parameters<Rule['getGivenForFormats']>[0]>;

const specHashes = new WeakMap<LoadedSpec, string>();

/** Lints through the cache: the key is the ruleset, the content of every file of the spec and the part's label. */
function cachedLinter(ruleset: Ruleset, cache: LintCache, spec: LoadedSpec, lint: SideLinter): SideLinter {
  return (part) => {
    let hash = specHashes.get(spec);
    if (hash === undefined) {
      hash = contentHash(spec.root, ...[...spec.files.values()].flatMap((file) => [file.path, file.text]));
      specHashes.set(spec, hash);
    }
    const key = `${rulesetKey(ruleset, toVirtualPath(spec.root))}:${hash}:${part.label}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const findings = lint(part);
    cache.set(key, findings);
    return findings;
  };
}
