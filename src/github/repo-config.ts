// collect: `.github/api-review.yml` through Probot's `context.config` — read from the default
// branch, so a pull request cannot weaken its own gate, with `_extends` for org-wide defaults —
// then validated by the same schema the CLI uses.
import type { ConfigOutcome } from '../config/parse-config.js';
import { parseConfig } from '../config/parse-config.js';

export const configFileName = 'api-review.yml';

/** Probot's `context.config`, the one way this module reads the file. */
export type ConfigReader = (fileName: string) => Promise<unknown>;

export async function loadRepoConfig(readConfig: ConfigReader): Promise<ConfigOutcome> {
  let data: unknown;
  try {
    data = await readConfig(configFileName);
  } catch (error) {
    // The config plugin throws on YAML it cannot parse; anything else (an outage) is not a config problem.
    const message = error instanceof Error ? error.message : String(error);
    if (/could not be parsed|Recursion detected|is not support|directory or a submodule/.test(message)) {
      return { ok: false, message: `.github/${configFileName}: ${message.replace(/^\[@probot\/octokit-plugin-config\] /, '')}` };
    }
    throw error;
  }
  // No file anywhere: every default applies.
  return parseConfig(data ?? {}, `.github/${configFileName}`);
}
