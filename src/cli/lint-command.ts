// `api-review lint SPEC [--format json|text|sarif] [--ruleset FILE]`
import { sharedAnalysisPool } from '../pipeline/analysis-pool.js';
import { withinReviewBudget } from '../pipeline/within-review-budget.js';
import { toSarif } from '../render/sarif.js';
import { cliConfig, cliRulesetRequest, rulesetError, type Output } from './cli-context.js';
import { CliError } from './cli-error.js';
import { inputError } from './input-problems.js';
import { localFile } from './local-inputs.js';
import type { ParsedOptions } from './parse-options.js';
import { packageVersion } from './package-version.js';

export async function lintCommand(options: ParsedOptions, output: Output): Promise<number> {
  if (options.positionals.length !== 1) throw new CliError('usage: api-review lint SPEC [--format json|text|sarif] [--ruleset FILE]');
  const config = await cliConfig(options.config);
  const { ruleset, rulesetSource } = cliRulesetRequest(options.ruleset, config);
  const file = localFile(options.positionals[0] as string, 'the working tree');
  // On a review worker, terminated at the budget, like `review`.
  const result = await withinReviewBudget(
    config.limits.seconds_per_review,
    (signal) => sharedAnalysisPool().run({ kind: 'lint', path: file.path, config, ruleset }, { head: file.source, ...(rulesetSource ? { ruleset: rulesetSource } : {}) }, signal),
    (message) => new CliError(message),
  );
  if (result.kind === 'ruleset-problems') throw rulesetError(result.problems);
  if (result.kind === 'input-problems') throw inputError(result.problems);
  if (result.kind !== 'lint') throw new Error(`a lint job answered ${result.kind}`);
  const { findings } = result;
  switch (options.format ?? 'text') {
    case 'json':
      output.out(JSON.stringify({ findings }, null, 2));
      break;
    case 'sarif': {
      const level = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;
      const results = findings.map((finding) => ({ rule: finding.code, level: level[finding.severity], message: finding.message, source: finding.source, path: finding.path }));
      output.out(JSON.stringify(toSarif(results, packageVersion()), null, 2));
      break;
    }
    case 'text':
    case 'markdown':
      output.out(findings.length === 0 ? `${file.path}: no lint findings` : findings.map((finding) => `${finding.source.file}:${finding.source.line} ${finding.severity} ${finding.code} ${finding.message}`).join('\n'));
      break;
    default:
      throw new CliError(`--format ${options.format}: lint prints json, text or sarif`);
  }
  return 0;
}
