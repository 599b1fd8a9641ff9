// trigger: "Re-run" in the Checks tab, for the check run or its whole suite. A fork's pull
// request is missing from these payloads, so the PR number comes from the check run's
// `external_id`, which every `API Review` run carries.
import type { Context } from 'probot';
import { appIdentityOf } from './bot-login.js';
import { checkRunName } from './check-run.js';
import { isOwnCheckRun } from './own-check-run.js';
import { reviewInProcess, type ReviewDispatch } from './review-dispatch.js';

export async function handleCheckRunRerequested(context: Context<'check_run.rerequested'>, review: ReviewDispatch = reviewInProcess): Promise<void> {
  const run = context.payload.check_run;
  if (run.name !== checkRunName) return;
  const pullNumber = run.pull_requests[0]?.number ?? pullNumberOf(run.external_id);
  if (pullNumber === undefined) {
    context.log.warn({ checkRun: run.id }, 'a re-run was asked for a check run with no pull request');
    return;
  }
  await review(context, { ...context.repo(), pullNumber, headSha: run.head_sha });
}

export async function handleCheckSuiteRerequested(context: Context<'check_suite.rerequested'>, review: ReviewDispatch = reviewInProcess): Promise<void> {
  const suite = context.payload.check_suite;
  const pullNumber = suite.pull_requests[0]?.number ?? (await pullNumberFromCheckRuns(context, suite.head_sha));
  if (pullNumber === undefined) {
    context.log.info({ headSha: suite.head_sha }, 'a re-run was asked for a commit with no reviewed pull request');
    return;
  }
  await review(context, { ...context.repo(), pullNumber, headSha: suite.head_sha });
}

/** Only this App's runs: a workflow can create a run of the same name pointing at another pull request. */
async function pullNumberFromCheckRuns(context: Context<'check_suite.rerequested'>, headSha: string): Promise<number | undefined> {
  const app = await appIdentityOf(context.octokit);
  const { data } = await context.octokit.rest.checks.listForRef({ ...context.repo(), ref: headSha, check_name: checkRunName, app_id: app.id, per_page: 10 });
  for (const run of data.check_runs.filter((candidate) => isOwnCheckRun(candidate, app))) {
    const number = pullNumberOf(run.external_id);
    if (number !== undefined) return number;
  }
  return undefined;
}

function pullNumberOf(externalId: string | null | undefined): number | undefined {
  const number = Number(externalId);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}
