// analyze: runs Spectral over a loaded spec. The root file is linted as the author wrote it
// (a Swagger 2.0 file stays 2.0) from the parse the loader already made, and `$ref`s are
// served from the loaded files only.
import { Spectral, type ISpectralDiagnostic, type Rule, type Ruleset } from '@stoplight/spectral-core';
import Parsers from '@stoplight/spectral-parsers';
import type { IParserResult } from '@stoplight/types';
import type { LoadedSpec } from '../specs/loaded-spec.js';
import type { ParsedFile } from '../specs/parsed-file.js';
import type { LintFinding, LintSeverity } from './lint-finding.js';
import type { LoadedRuleset } from './loaded-ruleset.js';
import { compareFindings } from './compare-findings.js';
import { allowExampleMemo, installExampleMemo } from './example-memo.js';
import { createSpecResolver } from './spec-resolver.js';
import { fromVirtualPath, stripVirtualRoot, toVirtualPath } from './virtual-root.js';

/** What `Spectral.run` accepts; its `IParsedResult` member is not exported by name. */
type SpectralTarget = Parameters<Spectral['run']>[0];

const SEVERITY_NAMES: readonly LintSeverity[] = ['error', 'warning', 'info', 'hint'];

export async function lintSpec(spec: LoadedSpec, ruleset: LoadedRuleset): Promise<LintFinding[]> {
  return lintPart(spec, ruleset.ruleset, {});
}

/** What part of a spec to lint: some rules only, and / or a reduced root document. */
export interface LintPart {
  /** Runs only the rules this accepts (all when absent). */
  rules?: (rule: Rule) => boolean;
  /** Lints this data in place of the root file's (same JSON paths; lines of the full file). */
  data?: Record<string, unknown>;
  /** Validates each example object once per run (see example-memo.ts). */
  memoizeExamples?: boolean;
}

export async function lintPart(spec: LoadedSpec, ruleset: Ruleset, part: LintPart): Promise<LintFinding[]> {
  const root = spec.files.get(spec.root);
  if (root === undefined) return [];
  const spectral = new Spectral({ resolver: createSpecResolver(spec) });
  const source = toVirtualPath(root.path);
  spectral.setRuleset(part.rules ? rulesetSubset(ruleset, source, part.rules) : ruleset);
  const target = parsedResult(root, part.data);
  if (part.memoizeExamples) {
    installExampleMemo(Object.values(ruleset.fromSource(source).rules));
    allowExampleMemo(target);
  }
  // An API description whose format no rule targets yields no findings rather than an
  // "unrecognized format" warning: the loader already rejects what is not an API description.
  const diagnostics = await spectral.run(target, { ignoreUnknownFormat: true });
  return diagnostics.map((diagnostic) => toFinding(diagnostic, spec.root)).sort(compareFindings);
}

/**
 * The same ruleset with fewer rules. Spectral reads `rules` off the ruleset it runs; an object
 * whose prototype is the ruleset (overrides already applied for this source) changes only that.
 */
export function rulesetSubset(ruleset: Ruleset, source: string, keep: (rule: Rule) => boolean): Ruleset {
  const effective = ruleset.fromSource(source);
  const rules = Object.fromEntries(Object.entries(effective.rules).filter(([, rule]) => keep(rule)));
  return Object.assign(Object.create(effective) as Ruleset, { rules });
}

/**
 * Spectral wraps a plain parsed result in its `ParsedDocument` itself (it would stringify and
 * re-parse a `ParsedDocument` instance handed to it), so the loader's parse is reused as is. A
 * reduced document keeps the full file's locator, so ranges are those of the file as written,
 * and carries no parser diagnostics (the full file's are reported by the whole-document run).
 */
function parsedResult(file: ParsedFile, data?: Record<string, unknown>): Extract<SpectralTarget, { parsed: unknown }> {
  const full = file.parserResult();
  const locate = locatorFor(full);
  if (data === undefined) return { parsed: full, getLocationForJsonPath: locate, source: toVirtualPath(file.path) };
  const parsed = { ...full, data, diagnostics: [] };
  return {
    parsed,
    getLocationForJsonPath: (_reduced, path, closest) => locate(full as never, path, closest),
    source: toVirtualPath(file.path),
  };
}

/**
 * The locator must match the parser that built the AST: a YAML AST (yaml-ast-parser nodes carry
 * a numeric `kind`) or a JSON one (jsonc nodes carry a string `type`). Deciding by the AST rather
 * than by the file extension keeps this right whichever parser the loader chose.
 */
function locatorFor(parsed: IParserResult<unknown>): typeof Parsers.Json.getLocationForJsonPath {
  const ast: unknown = parsed.ast;
  const isYamlAst = typeof ast === 'object' && ast !== null && typeof (ast as { kind?: unknown }).kind === 'number';
  return (isYamlAst ? Parsers.Yaml.getLocationForJsonPath : Parsers.Json.getLocationForJsonPath) as typeof Parsers.Json.getLocationForJsonPath;
}

function toFinding(diagnostic: ISpectralDiagnostic, rootPath: string): LintFinding {
  const file = diagnostic.source === undefined ? rootPath : (fromVirtualPath(diagnostic.source) ?? diagnostic.source);
  return {
    code: String(diagnostic.code),
    severity: SEVERITY_NAMES[diagnostic.severity] ?? 'error',
    message: stripVirtualRoot(diagnostic.message),
    path: diagnostic.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
    source: { file, line: diagnostic.range.start.line + 1 },
  };
}
