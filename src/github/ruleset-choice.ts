// analyze (App side): which ruleset a review lints with. A ruleset file named by the config is
// read at the merge base, never from the pull request's head: a PR cannot relax its own rules.
import type { ReviewConfig } from '../config/config-schema.js';
import { formatRulesetProblem, loadRuleset, type LoadedRuleset, type RulesetProblem } from '../lint/index.js';
import type { RulesetRequest } from '../pipeline/analysis-job.js';
import type { FileSource } from '../specs/file-source.js';

export type RulesetOutcome = { ok: true; ruleset: LoadedRuleset } | { ok: false; message: string };

export async function rulesetFor(config: ReviewConfig, base: FileSource): Promise<RulesetOutcome> {
  const load = config.ruleset
    ? await loadRuleset({ kind: 'file', source: base, path: config.ruleset })
    : config.repo_ruleset
      ? await loadRuleset({ kind: 'repository', source: base })
      : await loadRuleset({ kind: 'shipped' });
  if (load.ok) return { ok: true, ruleset: load.ruleset };
  return { ok: false, message: rulesetRefusal(load.problems) };
}

/** The same choice, named for a review worker, which loads it from the merge base (the `base` source). */
export function rulesetRequestFor(config: ReviewConfig): RulesetRequest {
  if (config.ruleset) return { kind: 'file', source: 'base', path: config.ruleset };
  return config.repo_ruleset ? { kind: 'repository', source: 'base' } : { kind: 'shipped' };
}

export function rulesetRefusal(problems: RulesetProblem[]): string {
  return `the ruleset cannot be used: ${problems.map(formatRulesetProblem).join('; ')}`;
}
