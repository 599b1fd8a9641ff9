// analyze: runs Spectral over a loaded spec. The root file is linted as the author wrote it
// (a Swagger 2.0 file stays 2.0) from the parse the loader already made, and `$ref`s are
// served from the loaded files only.
import { Spectral, type ISpectralDiagnostic } from '@stoplight/spectral-core';
import Parsers from '@stoplight/spectral-parsers';
import type { IParserResult } from '@stoplight/types';
import type { LoadedSpec } from '../specs/loaded-spec.js';
import type { ParsedFile } from '../specs/parsed-file.js';
import type { LintFinding, LintSeverity } from './lint-finding.js';
import type { LoadedRuleset } from './loaded-ruleset.js';
import { compareFindings } from './compare-findings.js';
import { createSpecResolver } from './spec-resolver.js';
import { fromVirtualPath, stripVirtualRoot, toVirtualPath } from './virtual-root.js';

/** What `Spectral.run` accepts; its `IParsedResult` member is not exported by name. */
type SpectralTarget = Parameters<Spectral['run']>[0];

const SEVERITY_NAMES: readonly LintSeverity[] = ['error', 'warning', 'info', 'hint'];

export async function lintSpec(spec: LoadedSpec, ruleset: LoadedRuleset): Promise<LintFinding[]> {
  const root = spec.files.get(spec.root);
  if (root === undefined) return [];
  const spectral = new Spectral({ resolver: createSpecResolver(spec) });
  spectral.setRuleset(ruleset.ruleset);
  // An API description whose format no rule targets yields no findings rather than an
  // "unrecognized format" warning: the loader already rejects what is not an API description.
  const diagnostics = await spectral.run(parsedResult(root), { ignoreUnknownFormat: true });
  return diagnostics.map((diagnostic) => toFinding(diagnostic, spec.root)).sort(compareFindings);
}

/**
 * Spectral wraps a plain parsed result in its `ParsedDocument` itself (it would stringify and
 * re-parse a `ParsedDocument` instance handed to it), so the loader's parse is reused as is.
 */
function parsedResult(file: ParsedFile): SpectralTarget {
  const parsed = file.parserResult();
  return { parsed, getLocationForJsonPath: locatorFor(parsed), source: toVirtualPath(file.path) };
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
