// What every CLI command needs besides its own arguments: the config, the ruleset, the time,
// and where to write.
import { existsSync } from 'node:fs';
import { loadConfigFile } from '../config/load-config-file.js';
import { defaultConfig, type ReviewConfig } from '../config/config-schema.js';
import { formatRulesetProblem, loadRuleset, type LoadedRuleset, type RulesetProblem } from '../lint/index.js';
import type { RulesetRequest } from '../pipeline/analysis-job.js';
import type { FileSource } from '../specs/file-source.js';
import { localFile } from './local-inputs.js';
import { localFolderSource } from '../specs/local-folder-source.js';
import { CliError } from './cli-error.js';

const repositoryConfigPath = '.github/api-review.yml';

/** `--config FILE`, else `.github/api-review.yml` of the working directory, else the defaults. */
export async function cliConfig(configPath: string | undefined): Promise<ReviewConfig> {
  const path = configPath ?? (existsSync(repositoryConfigPath) ? repositoryConfigPath : undefined);
  if (!path) return defaultConfig;
  const outcome = await loadConfigFile(path);
  if (!outcome.ok) throw new CliError(outcome.message);
  return outcome.config;
}

/** `--ruleset FILE` replaces the configured ruleset; the config's `ruleset` is read from the working directory. */
export async function cliRuleset(rulesetPath: string | undefined, config: ReviewConfig): Promise<LoadedRuleset> {
  // The lint entry loads Spectral on this first call (`explain`): `review`, `diff` and `lint` load it on their worker only.
  const chosen = rulesetPath ?? config.ruleset ?? undefined;
  const load = chosen
    ? await loadRuleset({ kind: 'file', ...fileChoice(chosen) })
    : config.repo_ruleset
      ? await loadRuleset({ kind: 'repository', source: localFolderSource(process.cwd()) })
      : await loadRuleset({ kind: 'shipped' });
  if (!load.ok) throw rulesetError(load.problems);
  return load.ruleset;
}

/** The same choice named for a review worker, which loads it; its files are read through `source`. */
export function cliRulesetRequest(rulesetPath: string | undefined, config: ReviewConfig): { ruleset: RulesetRequest; rulesetSource?: FileSource } {
  const chosen = rulesetPath ?? config.ruleset ?? undefined;
  if (chosen) {
    const file = fileChoice(chosen);
    return { ruleset: { kind: 'file', source: 'ruleset', path: file.path }, rulesetSource: file.source };
  }
  if (config.repo_ruleset) return { ruleset: { kind: 'repository', source: 'ruleset' }, rulesetSource: localFolderSource(process.cwd()) };
  return { ruleset: { kind: 'shipped' } };
}

/** A ruleset that cannot be used ends the command with exit code 2, one problem a line. */
export function rulesetError(problems: RulesetProblem[]): CliError {
  return new CliError(problems.map(formatRulesetProblem).join('\n'));
}

function fileChoice(path: string): { source: ReturnType<typeof localFile>['source']; path: string } {
  return localFile(path, 'the ruleset folder');
}

export function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new CliError(`--now ${value}: not a date (use ISO 8601, e.g. 2026-01-31)`);
  return date;
}
