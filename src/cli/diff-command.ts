// `api-review diff BASE HEAD [--format json|markdown|sarif] [--git BASE..HEAD]`
import type { Change } from '../diff/change.js';
import { sharedAnalysisPool } from '../pipeline/analysis-pool.js';
import { withinReviewBudget } from '../pipeline/within-review-budget.js';
import { toSarif } from '../render/sarif.js';
import { cliConfig, parseNow, type Output } from './cli-context.js';
import { CliError } from './cli-error.js';
import { inputError } from './input-problems.js';
import { comparedInputs } from './local-inputs.js';
import type { ParsedOptions } from './parse-options.js';
import { packageVersion } from './package-version.js';

export async function diffCommand(options: ParsedOptions, output: Output): Promise<number> {
  const config = await cliConfig(options.config);
  const inputs = await comparedInputs(options, config.specs, 'diff', 'json|markdown|sarif');
  try {
    const now = parseNow(options.now);
    // On a review worker, terminated at the budget: patterns and sizes come from the inputs.
    const result = await withinReviewBudget(
      config.limits.seconds_per_review,
      (signal) => sharedAnalysisPool().run({ kind: 'diff', pairs: inputs.pairs, config, now }, { base: inputs.base, head: inputs.head }, signal),
      (message) => new CliError(message),
    );
    if (result.kind === 'input-problems') throw inputError(result.problems);
    if (result.kind !== 'diff') throw new Error(`a diff job answered ${result.kind}`);
    const { changes } = result;
    printChanges(changes, options.format ?? 'markdown', output);
    return 0;
  } finally {
    inputs.close();
  }
}

function printChanges(changes: Change[], format: string, output: Output): void {
  switch (format) {
    case 'json':
      output.out(JSON.stringify({ changes }, null, 2));
      return;
    case 'sarif': {
      const level = { error: 'error', warning: 'warning', info: 'note' } as const;
      const results = changes.map((change) => ({ rule: change.id, level: level[change.level], message: change.message, source: change.source, path: change.path }));
      output.out(JSON.stringify(toSarif(results, packageVersion()), null, 2));
      return;
    }
    case 'markdown':
    case 'text':
      output.out(
        changes.length === 0
          ? 'No changes.'
          : changes.map((change) => `- **${change.level}** \`${change.id}\` ${change.operation ? `\`${change.operation}\` ` : ''}${change.message} (${change.source.file}:${change.source.line})`).join('\n'),
      );
      return;
    default:
      throw new CliError(`--format ${format}: diff prints json, markdown or sarif`);
  }
}
