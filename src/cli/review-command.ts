// `api-review review BASE HEAD [--format markdown|json|sarif] [--git BASE..HEAD] [--config FILE] [--ruleset FILE]`
// prints what the App would post; exit 1 when the verdict fails, 2 on usage or input errors.
import { proseForReview } from '../llm/prose-for-review.js';
import type { ReviewProse } from '../llm/review-prose.js';
import { reviewInWorker } from '../pipeline/review-in-worker.js';
import { renderComment } from '../render/render-review.js';
import { reviewToSarif } from '../render/sarif.js';
import type { Review } from '../review/review.js';
import { cliConfig, cliRulesetRequest, parseNow, rulesetError } from './cli-context.js';
import type { Output } from './cli-output.js';
import { CliError } from './cli-error.js';
import { comparedInputs } from './local-inputs.js';
import { withinReviewBudget } from '../pipeline/within-review-budget.js';
import type { ParsedOptions } from './parse-options.js';
import { progressLine } from './progress-line.js';
import { packageVersion } from '../package-root.js';
import { displayedReview } from './display-paths.js';

export async function reviewCommand(options: ParsedOptions, output: Output): Promise<number> {
  const config = await cliConfig(options.config);
  const inputs = await comparedInputs(options, config, 'review', 'markdown|json|sarif');
  try {
    const ruleset = cliRulesetRequest(options.ruleset, config);
    const now = parseNow(options.now);
    const progress = progressLine(output.progress, options.quiet === true);
    const onProgress = progress.show ? { onProgress: progress.show } : {};
    // On a review worker, terminated at the budget: the command ends on time whatever the spec holds.
    const analysed = await withinReviewBudget(
      config.limits.seconds_per_review,
      (signal) => reviewInWorker({ base: inputs.base, head: inputs.head, pairs: inputs.pairs, config, ...ruleset, acceptances: [], now, ...onProgress }, signal),
      (message) => new CliError(message),
    ).finally(progress.clear);
    if (!analysed.ok) throw rulesetError(analysed.problems);
    const { review, changedOperations } = analysed;
    // Model prose (off unless configured) only words the Markdown; the verdict and exit code never depend on it.
    const prose = (options.format ?? 'markdown') === 'markdown' ? await proseForReview(review, { changedOperations, config, env: process.env }) : undefined;
    // JSON is the review object as the App computes it; Markdown and SARIF name files as the working directory sees them.
    const shown = displayedReview(review, inputs.display);
    printReview(options.format === 'json' ? review : shown, options.format ?? 'markdown', output, prose);
    const inputProblems = shown.specs.flatMap((spec) => [
      ...spec.baseProblems,
      ...spec.items.filter((item) => item.kind === 'invalid-spec').map((item) => ({ message: item.message, source: item.source })),
    ]);
    if (inputProblems.length > 0) {
      output.err(inputProblems.map((problem) => `${problem.source.file}:${problem.source.line}: ${problem.message}`).join('\n'));
      return 2;
    }
    return review.verdict === 'fail' ? 1 : 0;
  } finally {
    inputs.close();
  }
}

function printReview(review: Review, format: string, output: Output, prose?: ReviewProse): void {
  switch (format) {
    case 'markdown':
      output.out(renderComment(review, {}, prose));
      return;
    case 'json':
      output.out(JSON.stringify(review, null, 2));
      return;
    case 'sarif':
      output.out(JSON.stringify(reviewToSarif(review, packageVersion()), null, 2));
      return;
    default:
      throw new CliError(`--format ${format}: review prints markdown, json or sarif`);
  }
}
