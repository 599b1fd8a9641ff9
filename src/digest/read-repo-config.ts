// digest (collect): a repository's `.github/api-review.yml` from its default branch, read the way
// Probot's `context.config` reads it (the owner's `.github` repository and `_extends` included),
// then validated with the same schema as a review.
import { parseConfig, type ConfigOutcome } from '../config/parse-config.js';
import type { GitHub, RepoRef } from './github-types.js';

export const configPath = '.github/api-review.yml';

export async function readRepoConfig(octokit: GitHub, repo: RepoRef): Promise<ConfigOutcome> {
  try {
    const { config } = await octokit.config.get({ owner: repo.owner, repo: repo.name, path: configPath });
    return parseConfig(config ?? {}, `${repo.fullName}:${configPath}`);
  } catch (error) {
    return { ok: false, message: `${repo.fullName}:${configPath}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
