// collect: what the last `API Review` check run on a commit found, read back from the hidden
// data line in its output text — for re-runs and slash commands, without re-reviewing. Anyone who
// can run a workflow on the commit can create a check run with the same name, so only runs this
// App created count (GitHub's `app` on each run, asked for with `app_id` and checked again here).
import type { ProbotOctokit } from 'probot';
import { parseCheckData, type CheckData } from '../review/check-data.js';
import { appIdentityOf } from './bot-login.js';
import { checkRunName } from './check-run.js';
import { isOwnCheckRun } from './own-check-run.js';

export async function latestCheckData(octokit: ProbotOctokit, owner: string, repo: string, headSha: string): Promise<CheckData | undefined> {
  const app = await appIdentityOf(octokit);
  const { data } = await octokit.rest.checks.listForRef({ owner, repo, ref: headSha, check_name: checkRunName, app_id: app.id, filter: 'latest', per_page: 10 });
  const completed = data.check_runs
    .filter((run) => run.status === 'completed' && isOwnCheckRun(run, app))
    .sort((a, b) => (b.completed_at ?? '').localeCompare(a.completed_at ?? ''));
  for (const run of completed) {
    // Only the text holds the data line; the summary quotes spec text and is never parsed.
    const found = parseCheckData(run.output.text);
    if (found) return found;
  }
  return undefined;
}
