// `api-review changelog BASE HEAD [--format markdown|html|json] [--git BASE..HEAD]`: what changed,
// written for the API's consumers (review/build-changelog.ts). The same pipeline as `review`, so the
// changelog says what the review found; it exits 0 whatever broke (it informs, it does not gate),
// 2 on usage or input errors.
import { reviewInWorker } from '../pipeline/review-in-worker.js';
import { withinReviewBudget } from '../pipeline/within-review-budget.js';
import { renderChangelogHtml, renderChangelogMarkdown } from '../render/render-changelog.js';
import { buildChangelog, type Changelog } from '../review/build-changelog.js';
import { cliConfig, cliRulesetRequest, parseNow, rulesetError } from './cli-context.js';
import { CliError } from './cli-error.js';
import type { Output } from './cli-output.js';
import { comparedInputs } from './local-inputs.js';
import type { ParsedOptions } from './parse-options.js';
import { displayedReview } from './display-paths.js';

const formats = 'markdown|html|json';

export async function changelogCommand(options: ParsedOptions, output: Output): Promise<number> {
  const format = options.format ?? 'markdown';
  if (!formats.split('|').includes(format)) throw new CliError(`--format ${format}: changelog prints ${formats.replace(/\|/g, ', ')}`);
  const config = await cliConfig(options.config);
  const inputs = await comparedInputs(options, config, 'changelog', formats);
  try {
    const now = parseNow(options.now);
    const analysed = await withinReviewBudget(
      config.limits.seconds_per_review,
      (signal) => reviewInWorker({ base: inputs.base, head: inputs.head, pairs: inputs.pairs, config, ...cliRulesetRequest(options.ruleset, config), acceptances: [], now }, signal),
      (message) => new CliError(message),
    );
    if (!analysed.ok) throw rulesetError(analysed.problems);
    // Markdown and HTML name files as the working directory sees them; JSON keeps the pipeline's paths.
    const shown = displayedReview(analysed.review, inputs.display);
    const problems = shown.specs.flatMap((spec) => [
      ...spec.baseProblems,
      ...spec.items.filter((item) => item.kind === 'invalid-spec').map((item) => ({ message: item.message, source: item.source })),
    ]);
    if (problems.length > 0) {
      output.err(problems.map((problem) => `${problem.source.file}:${problem.source.line}: ${problem.message}`).join('\n'));
      return 2;
    }
    output.out(renderChangelog(buildChangelog(format === 'json' ? analysed.review : shown), format));
    return 0;
  } finally {
    inputs.close();
  }
}

function renderChangelog(changelog: Changelog, format: string): string {
  if (format === 'html') return renderChangelogHtml(changelog);
  if (format === 'json') return JSON.stringify(changelog, null, 2);
  return renderChangelogMarkdown(changelog);
}
