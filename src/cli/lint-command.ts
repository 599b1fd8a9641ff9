// `api-review lint SPEC [--format json|text|sarif|github-actions|junit] [--ruleset FILE] [--fail-on LEVEL] [-o FILE]`
import { sharedAnalysisPool } from '../pipeline/analysis-pool.js';
import { withinReviewBudget } from '../pipeline/within-review-budget.js';
import { toSarif } from '../render/sarif.js';
import { locationText } from '../render/location-text.js';
import { formatProblem } from '../specs/spec-problem.js';
import type { ReviewConfig } from '../config/config-schema.js';
import { lintContract } from '../formats/lint-contract.js';
import { readContract } from '../formats/read-contract.js';
import type { LintFinding } from '../lint/index.js';
import { cliConfig, cliRulesetRequest, rulesetError } from './cli-context.js';
import type { Output } from './cli-output.js';
import { CliError } from './cli-error.js';
import { inputError } from './input-problems.js';
import { localFile } from './local-inputs.js';
import type { ParsedOptions } from './parse-options.js';
import { packageVersion } from '../package-root.js';
import { workflowCommand } from '../render/workflow-commands.js';
import { exitCodeFor, junitFailureLevel, parseFailOn, reaches, type FailOn } from './fail-on.js';
import { caseName, suitesByFile, toJunit } from '../render/junit.js';
import { writeResult } from './write-result.js';
import { displayFile, displayedFindings } from './display-paths.js';

/** AsyncAPI, GraphQL and Protobuf files go to their own linter; `undefined` leaves OpenAPI to Spectral. */
async function lintOtherFormat(file: ReturnType<typeof localFile>, config: ReviewConfig, output: Output): Promise<LintFinding[] | undefined> {
  const read = await readContract(file.source, file.path, config.limits);
  // An unreadable file is reported by the OpenAPI loader, as it always was.
  if (!read.ok || read.format === undefined || read.format === 'openapi') return undefined;
  const result = await lintContract(read.format, read.input);
  if (result.problems.length > 0) throw new CliError(result.problems.map(formatProblem).join('\n'));
  for (const note of result.notes) output.err(`api-review: ${note}`);
  return result.findings;
}

/** OpenAPI on a review worker, terminated at the budget, like `review`. */
async function lintOpenApi(
  file: ReturnType<typeof localFile>,
  config: ReviewConfig,
  ruleset: ReturnType<typeof cliRulesetRequest>['ruleset'],
  rulesetSource: ReturnType<typeof cliRulesetRequest>['rulesetSource'],
): Promise<LintFinding[]> {
  const result = await withinReviewBudget(
    config.limits.seconds_per_review,
    (signal) => sharedAnalysisPool().run({ kind: 'lint', path: file.path, config, ruleset }, { head: file.source, ...(rulesetSource ? { ruleset: rulesetSource } : {}) }, signal),
    (message) => new CliError(message),
  );
  if (result.kind === 'ruleset-problems') throw rulesetError(result.problems);
  if (result.kind === 'input-problems') throw inputError(result.problems);
  if (result.kind !== 'lint') throw new Error(`a lint job answered ${result.kind}`);
  return result.findings;
}

export async function lintCommand(options: ParsedOptions, output: Output): Promise<number> {
  if (options.positionals.length !== 1) throw new CliError('usage: api-review lint SPEC [--format json|text|sarif|github-actions|junit] [--ruleset FILE] [--fail-on LEVEL] [-o FILE]');
  const failOn = parseFailOn(options.failOn);
  const config = await cliConfig(options.config);
  const { ruleset, rulesetSource } = cliRulesetRequest(options.ruleset, config);
  const file = localFile(options.positionals[0] as string, 'the working tree');
  const findings = (await lintOtherFormat(file, config, output)) ?? (await lintOpenApi(file, config, ruleset, rulesetSource));
  const format = options.format ?? 'text';
  // JSON keeps the contract's paths; every other format names files as the working directory sees them.
  const shown = format === 'json' ? findings : displayedFindings(findings, file.displayRoot);
  const shownPath = displayFile(file.path, file.displayRoot);
  const text = format === 'junit' ? findingsJunit(shown, shownPath, failOn) : findingsText(shown, shownPath, format);
  writeResult(text, options.outputFile, output);
  return exitCodeFor(findings.map((finding) => finding.severity), failOn);
}

function findingsText(findings: LintFinding[], path: string, format: string): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ findings }, null, 2);
    case 'sarif': {
      const level = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;
      const results = findings.map((finding) => ({ rule: finding.code, level: level[finding.severity], message: finding.message, source: finding.source, path: finding.path }));
      return JSON.stringify(toSarif(results, packageVersion()), null, 2);
    }
    case 'github-actions': {
      const level = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;
      return findings.map((finding) => workflowCommand({ level: level[finding.severity], title: finding.code, message: finding.message, source: finding.source })).join('\n');
    }
    case 'text':
    case 'markdown':
      return findings.length === 0 ? `${path}: no lint findings` : findings.map((finding) => `${locationText(finding.source, false)} ${finding.severity} ${finding.code} ${finding.message}`).join('\n');
    default:
      throw new CliError(`--format ${format}: lint prints json, text, sarif, github-actions or junit`);
  }
}

/** One suite per file the findings are in (the spec first, then files its `$ref`s reach). */
function findingsJunit(findings: LintFinding[], path: string, failOn: FailOn): string {
  const threshold = junitFailureLevel(failOn);
  const suites = suitesByFile(
    findings,
    (finding) => finding.source.file,
    (finding) => ({
      name: caseName(finding.code, finding.path.map(String).join('.')),
      level: finding.severity,
      message: finding.message,
      location: locationText(finding.source, false),
      source: finding.source,
      failed: reaches(finding.severity, threshold),
    }),
    [path],
  );
  return toJunit('api-review lint', suites);
}
