// analyze: a Spectral ruleset ready to lint with, and the problems that can stop one from loading.
import type { Ruleset } from '@stoplight/spectral-core';
import type { RuleGuide } from './rule-guide.js';

export interface LoadedRuleset {
  /** Where the ruleset came from, for messages: a file path, or `api-review-bot:api-guidelines`. */
  label: string;
  ruleset: Ruleset;
  /** Why-it-matters and how-to-fix text of our guidelines (docs/guidelines.md), by rule code. */
  guides: ReadonlyMap<string, RuleGuide>;
}

/** A ruleset that cannot be used; the CLI exits with code 2, the App reports the check as neutral. */
export interface RulesetProblem {
  /** The ruleset file at fault (repository- or working-directory-relative). */
  file: string;
  /** 1-based line, when the problem sits at a known place in the file. */
  line?: number;
  message: string;
}

export type RulesetLoad = { ok: true; ruleset: LoadedRuleset } | { ok: false; problems: RulesetProblem[] };

export function formatRulesetProblem(problem: RulesetProblem): string {
  return `${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}: ${problem.message}`;
}
