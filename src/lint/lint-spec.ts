// analyze: runs Spectral over a loaded spec. The root file is linted as the author wrote it
// (a Swagger 2.0 file stays 2.0) from the parse the loader already made, and `$ref`s are
// served from the loaded files only.
import './spectral-patches/native-nimma.js'; // first: Spectral must find nimma's native build (native-nimma.ts)
import { Spectral, type ISpectralDiagnostic, type Rule, type Ruleset } from '@stoplight/spectral-core';
import Parsers from '@stoplight/spectral-parsers';
import type { IParserResult, IRange } from '@stoplight/types';
import type { LoadedSpec } from '../specs/loaded-spec.js';
import type { ParsedFile } from '../specs/parsed-file.js';
import type { LintFinding, LintSeverity } from './lint-finding.js';
import type { LoadedRuleset } from './loaded-ruleset.js';
import { compareFindings } from './compare-findings.js';
import { allowExampleMemo, installExampleMemo } from './spectral-patches/example-memo.js';
import { allowOncePerPlace, installOncePerPlace } from './spectral-patches/once-per-place.js';
import { withValidatorCache } from './spectral-patches/validator-cache.js';
import { operationLevelView } from './incremental/operation-level-view.js';
import { jsonTextTarget } from './spectral-patches/json-text-target.js';
import { lintedView, reducedDocument } from './incremental/reduced-document.js';
import { createSpecResolver, type SharedResolution } from './spec-resolver.js';
import { fromVirtualPath, stripVirtualRoot, toVirtualPath } from './virtual-root.js';

/** What `Spectral.run` accepts; its `IParsedResult` member is not exported by name. */
type SpectralTarget = Parameters<Spectral['run']>[0];

const SEVERITY_NAMES: readonly LintSeverity[] = ['error', 'warning', 'info', 'hint'];

export async function lintSpec(spec: LoadedSpec, ruleset: LoadedRuleset): Promise<LintFinding[]> {
  return lintPart(spec, ruleset.ruleset, {});
}

/** What part of a spec to lint: some rules only, and / or the subtrees of some units. */
export interface LintPart {
  /** Runs only the rules this accepts (all when absent). */
  rules?: (rule: Rule) => boolean;
  /**
   * Takes the shortcuts that keep an incremental lint's results exact: each rule's function runs
   * once per place in the file (once-per-place.ts), examples are validated once by content
   * (example-memo.ts) and compiled validators are shared by schema (validator-cache.ts).
   */
  incremental?: boolean;
  /**
   * The units of the root document the rules see (all when absent): unresolved rules traverse
   * these, and `$ref`s into them resolve.
   */
  keptUnits?: ReadonlySet<string>;
  /**
   * The units (of the kept ones) whose subtrees resolved rules traverse. The other kept units are
   * still visited through the `$ref`s of these.
   */
  lintedUnits?: ReadonlySet<string>;
  /** Resolved rules see an operation-level view of the resolved tree (operation-level-view.ts). */
  operationLevelView?: boolean;
  /**
   * A run of the whole document keeps its resolution here; a run of kept units takes it instead
   * of resolving their document (exact only when the kept units are closed under `$ref`).
   */
  resolution?: SharedResolution;
}

export async function lintPart(spec: LoadedSpec, ruleset: Ruleset, part: LintPart): Promise<LintFinding[]> {
  const root = spec.files.get(spec.root);
  if (root === undefined) return [];
  // Units outside `lintedUnits` are cut from the resolved tree the rules traverse, not from the
  // document: `$ref`s into them still resolve, and results inside them are still located.
  const linted = part.lintedUnits;
  const source = toVirtualPath(root.path);
  // The ruleset with its overrides for this file, built once (each call builds it again).
  const effective = ruleset.fromSource(source);
  const reshape = linted ? (resolved: Record<string, unknown>) => lintedView(resolved, linted, effective.formats, source) : part.operationLevelView ? operationLevelView : undefined;
  const share = part.resolution && (part.keptUnits ? { take: part.resolution } : { keep: part.resolution });
  const spectral = new Spectral({ resolver: createSpecResolver(spec, { ...(reshape ? { reshape } : {}), ...(share ? { share } : {}) }) });
  spectral.setRuleset(part.rules ? rulesetSubset(effective, part.rules) : ruleset);
  const target = parsedResult(root, part.keptUnits);
  if (part.incremental) {
    const rules = Object.values(effective.rules);
    installExampleMemo(rules);
    // After the example memo, so that a repeated place is skipped before its value is hashed.
    installOncePerPlace(rules);
    allowExampleMemo(target);
    allowOncePerPlace(target, target.parsed.data);
  }
  // An API description whose format no rule targets yields no findings rather than an
  // "unrecognized format" warning: the loader already rejects what is not an API description.
  const run = () => spectral.run(target, { ignoreUnknownFormat: true });
  const diagnostics = await (part.incremental ? withValidatorCache(run) : run());
  return diagnostics.map((diagnostic) => toFinding(diagnostic, spec.root)).sort(compareFindings);
}

/**
 * The same ruleset with fewer rules. Spectral reads `rules` off the ruleset it runs; an object
 * whose prototype is the ruleset (`effective`: overrides already applied for this source)
 * changes only that.
 */
export function rulesetSubset(effective: Ruleset, keep: (rule: Rule) => boolean): Ruleset {
  const rules = Object.fromEntries(Object.entries(effective.rules).filter(([, rule]) => keep(rule)));
  return Object.assign(Object.create(effective) as Ruleset, { rules });
}

/**
 * Spectral wraps a plain parsed result in its `ParsedDocument` itself (it would stringify and
 * re-parse a `ParsedDocument` instance handed to it), so the loader's parse is reused as is: a
 * JSON file through its text (json-text-target.ts), a YAML file through Spectral's YAML parse. A
 * reduced document keeps the full file's locator, so ranges are those of the file as written,
 * and carries no parser diagnostics (the full file's are reported by the whole-document run).
 */
function parsedResult(file: ParsedFile, keptUnits?: ReadonlySet<string>): Extract<SpectralTarget, { parsed: unknown }> {
  const { parsed, locate } = fileTarget(file);
  const getLocationForJsonPath: Locate = (_parsed, path, closest) => locate(path, closest === true);
  if (keptUnits === undefined) return { parsed, getLocationForJsonPath, source: toVirtualPath(file.path) };
  // Reduced from the same parse as the whole document's runs, keys in the order written.
  const data = reducedDocument(parsed.data as Record<string, unknown>, keptUnits);
  return { parsed: { ...parsed, data, diagnostics: [] }, getLocationForJsonPath, source: toVirtualPath(file.path) };
}

type Locate = Extract<SpectralTarget, { parsed: unknown }>['getLocationForJsonPath'];

/** The parse Spectral reads and its locator, by the parser the loader chose for the file. */
function fileTarget(file: ParsedFile): { parsed: IParserResult<unknown>; locate: (path: ReadonlyArray<string | number>, closest: boolean) => { range: IRange } | undefined } {
  if (file.format === 'json') return jsonTextTarget(file);
  const parsed = file.parserResult();
  return { parsed, locate: (path, closest) => Parsers.Yaml.getLocationForJsonPath(parsed as never, [...path], closest) };
}

function toFinding(diagnostic: ISpectralDiagnostic, rootPath: string): LintFinding {
  const file = diagnostic.source === undefined ? rootPath : (fromVirtualPath(diagnostic.source) ?? diagnostic.source);
  return {
    code: String(diagnostic.code),
    severity: SEVERITY_NAMES[diagnostic.severity] ?? 'error',
    message: stripVirtualRoot(diagnostic.message),
    path: diagnostic.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
    source: { file, line: diagnostic.range.start.line + 1, column: diagnostic.range.start.character + 1 },
  };
}
