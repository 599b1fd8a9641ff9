// `api-review diff BASE HEAD [--format json|markdown|sarif|github-actions] [--git BASE..HEAD] [--fail-on LEVEL] [-o FILE]`
import type { Change } from '../diff/change.js';
import { sharedAnalysisPool } from '../pipeline/analysis-pool.js';
import { withinReviewBudget } from '../pipeline/within-review-budget.js';
import { toSarif } from '../render/sarif.js';
import { locationText } from '../render/location-text.js';
import { locatedInBase } from '../review/located-in-base.js';
import { cliConfig, parseNow } from './cli-context.js';
import type { Output } from './cli-output.js';
import { CliError } from './cli-error.js';
import { inputError } from './input-problems.js';
import { comparedInputs } from './local-inputs.js';
import type { ParsedOptions } from './parse-options.js';
import { packageVersion } from './package-version.js';
import { workflowCommand } from '../render/workflow-commands.js';
import { exitCodeFor, parseFailOn } from './fail-on.js';
import { writeResult } from './write-result.js';
import { progressLine } from './progress-line.js';
import { displayedChanges } from './display-paths.js';

export async function diffCommand(options: ParsedOptions, output: Output): Promise<number> {
  const failOn = parseFailOn(options.failOn);
  const config = await cliConfig(options.config);
  const inputs = await comparedInputs(options, config, 'diff', 'json|markdown|sarif|github-actions');
  try {
    const now = parseNow(options.now);
    // On a review worker, terminated at the budget: patterns and sizes come from the inputs.
    const progress = progressLine(output.progress, options.quiet === true);
    const result = await withinReviewBudget(
      config.limits.seconds_per_review,
      (signal) => sharedAnalysisPool().run({ kind: 'diff', pairs: inputs.pairs, config, now }, { base: inputs.base, head: inputs.head }, signal, progress.show),
      (message) => new CliError(message),
    ).finally(progress.clear);
    if (result.kind === 'input-problems') throw inputError(result.problems);
    if (result.kind !== 'diff') throw new Error(`a diff job answered ${result.kind}`);
    for (const note of result.notes) output.err(`api-review: ${note}`);
    const changes = result.changes;
    const format = options.format ?? 'markdown';
    // JSON keeps the contract's paths; every other format names files as the working directory sees them.
    const shown = format === 'json' ? changes : displayedChanges(changes, inputs.display);
    writeResult(changesText(shown, format), options.outputFile, output);
    return exitCodeFor(changes.map((change) => change.level), failOn);
  } finally {
    inputs.close();
  }
}

function changesText(changes: Change[], format: string): string {
  switch (format) {
    case 'json':
      // The side is for our own renderers; the JSON contract (DESIGN.md) has the fields it always had.
      return JSON.stringify({ changes: changes.map(({ side: _side, ...contract }) => contract) }, null, 2);
    case 'sarif': {
      const level = { error: 'error', warning: 'warning', info: 'note' } as const;
      const results = changes.map((change) => ({
        rule: change.id,
        level: level[change.level],
        message: change.message,
        source: change.source,
        path: change.path,
        operation: change.operation,
        inBase: locatedInBase(change),
        ...(change.nearestInHead ? { nearestInHead: change.nearestInHead } : {}),
      }));
      return JSON.stringify(toSarif(results, packageVersion()), null, 2);
    }
    case 'github-actions': {
      const level = { error: 'error', warning: 'warning', info: 'notice' } as const;
      return changes
        .map((change) =>
          workflowCommand({
            level: level[change.level],
            title: change.id,
            message: `${change.operation ? `${change.operation}: ` : ''}${change.message}${locatedInBase(change) ? ' (in the base version)' : ''}`,
            source: change.source,
          }),
        )
        .join('\n');
    }
    case 'markdown':
    case 'text':
      return changes.length === 0
        ? 'No changes.'
        : changes.map((change) => `- **${change.level}** \`${change.id}\` ${change.operation ? `\`${change.operation}\` ` : ''}${change.message} (${locationText(change.source, locatedInBase(change))})`).join('\n');
    default:
      throw new CliError(`--format ${format}: diff prints json, markdown, sarif or github-actions`);
  }
}
