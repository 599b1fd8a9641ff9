// analyze (App side): which ruleset a review lints with. A ruleset file named by the config is
// read at the merge base, never from the pull request's head: a PR cannot relax its own rules.
import type { ReviewConfig } from '../config/config-schema.js';
import { formatRulesetProblem, type LoadedRuleset } from '../lint/loaded-ruleset.js';
import { loadRuleset } from '../lint/load-ruleset.js';
import type { FileSource } from '../specs/file-source.js';

export type RulesetOutcome = { ok: true; ruleset: LoadedRuleset } | { ok: false; message: string };

export async function rulesetFor(config: ReviewConfig, base: FileSource): Promise<RulesetOutcome> {
  const load = config.ruleset
    ? await loadRuleset({ kind: 'file', source: base, path: config.ruleset })
    : config.repo_ruleset
      ? await loadRuleset({ kind: 'repository', source: base })
      : await loadRuleset({ kind: 'shipped' });
  if (load.ok) return { ok: true, ruleset: load.ruleset };
  return { ok: false, message: `the ruleset cannot be used: ${load.problems.map(formatRulesetProblem).join('; ')}` };
}
