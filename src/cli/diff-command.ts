// `api-review diff BASE HEAD [--format json|markdown|sarif|github-actions|junit] [--git BASE..HEAD] [--fail-on LEVEL] [-o FILE]`
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
import { packageVersion } from '../package-root.js';
import { workflowCommand } from '../render/workflow-commands.js';
import { exitCodeFor, junitFailureLevel, parseFailOn, reaches, type FailOn } from './fail-on.js';
import { caseName, suitesByFile, toJunit } from '../render/junit.js';
import type { SpecPair } from '../pipeline/review-specs.js';
import { writeResult } from './write-result.js';
import { progressLine } from './progress-line.js';
import { displayedChanges, displayFile, type DisplayRoots } from './display-paths.js';

export async function diffCommand(options: ParsedOptions, output: Output): Promise<number> {
  const failOn = parseFailOn(options.failOn);
  const config = await cliConfig(options.config);
  const inputs = await comparedInputs(options, config, 'diff', 'json|markdown|sarif|github-actions|junit');
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
    const text = format === 'junit' ? changesJunit(shown, inputs.pairs, inputs.display, failOn) : changesText(shown, format);
    writeResult(text, options.outputFile, output);
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
      throw new CliError(`--format ${format}: diff prints json, markdown, sarif, github-actions or junit`);
  }
}

/** One suite per compared spec (named by its head), a removal filed under the spec it was removed from. */
function changesJunit(changes: Change[], pairs: SpecPair[], display: DisplayRoots, failOn: FailOn): string {
  const specOfBase = new Map<string, string>();
  const specs: string[] = [];
  for (const pair of pairs) {
    const spec = pair.head !== undefined ? displayFile(pair.head, display.head) : displayFile(pair.base ?? '', display.base);
    specs.push(spec);
    if (pair.base !== undefined) specOfBase.set(displayFile(pair.base, display.base), spec);
  }
  const threshold = junitFailureLevel(failOn);
  const suites = suitesByFile(
    changes,
    (change) => (locatedInBase(change) ? (specOfBase.get(change.source.file) ?? change.source.file) : change.source.file),
    (change) => ({
      name: caseName(change.id, change.operation ?? change.path.map(String).join('.')),
      level: change.level,
      message: change.message,
      location: locationText(change.source, locatedInBase(change)),
      source: change.source,
      failed: reaches(change.level, threshold),
    }),
    specs,
  );
  return toJunit('api-review diff', suites);
}
