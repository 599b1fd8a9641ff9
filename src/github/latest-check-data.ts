// collect: what the last `API Review` check run on a commit found, read back from the hidden
// data line in its output — for re-runs, slash commands and the digest, without re-reviewing.
import type { ProbotOctokit } from 'probot';
import { parseCheckData, type CheckData } from '../review/check-data.js';
import { checkRunName } from './check-run.js';

export async function latestCheckData(octokit: ProbotOctokit, owner: string, repo: string, headSha: string): Promise<CheckData | undefined> {
  const { data } = await octokit.rest.checks.listForRef({ owner, repo, ref: headSha, check_name: checkRunName, filter: 'latest', per_page: 10 });
  const completed = data.check_runs
    .filter((run) => run.status === 'completed')
    .sort((a, b) => (b.completed_at ?? '').localeCompare(a.completed_at ?? ''));
  for (const run of completed) {
    const found = parseCheckData(run.output.text) ?? parseCheckData(run.output.summary);
    if (found) return found;
  }
  return undefined;
}
