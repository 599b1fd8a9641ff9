// publish: the `API Review` check run on the head commit — the gate branch protection requires.
// It is created in_progress at once and always completed: with the verdict, or with the reason
// the review could not run (see review-failure.ts for which conclusion that is). Title, summary
// and text are fitted into GitHub's limits here (annotations, where annotations.ts builds them),
// so no review is too long to be recorded.
import type { ProbotOctokit } from 'probot';
import type { Annotation } from './annotations.js';
import { learnAppIdentity } from './bot-login.js';
import type { NamedPull } from './check-run-pulls.js';
import type { RepoRef } from './repo-ref.js';
import { fitText, githubLimits } from './text-budget.js';

export const checkRunName = 'API Review';

/** GitHub accepts at most 50 annotations per create or update request. */
const annotationsPerRequest = githubLimits.annotationsPerRequest;

const seeTheRest = 'the annotations, the summary comment, or `api-review review --git BASE..HEAD` in a checkout for the whole review';

export interface CheckRunRef extends RepoRef {
  checkRunId: number;
}

export interface CheckOutcome {
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  /** Details below the summary; carries the hidden check-data line. */
  text?: string;
  annotations: Annotation[];
}

export async function startCheckRun(octokit: ProbotOctokit, repo: RepoRef, headSha: string, pullNumber: number): Promise<CheckRunRef> {
  const { data } = await octokit.rest.checks.create({
    ...repo,
    name: checkRunName,
    head_sha: headSha,
    status: 'in_progress',
    // Fork pull requests are missing from check_run payloads; this is how a re-run finds its PR.
    external_id: String(pullNumber),
    started_at: new Date().toISOString(),
  });
  learnAppIdentity(octokit, data.app);
  return { ...repo, checkRunId: data.id };
}

/**
 * Creates the check run already completed, in one call: for a review settled before any work
 * (a push touching no spec), where an in_progress state would only cost a second call.
 */
export async function createCompletedCheckRun(octokit: ProbotOctokit, repo: RepoRef, headSha: string, pullNumber: number, outcome: CheckOutcome): Promise<CheckRunRef> {
  const now = new Date().toISOString();
  const { data } = await octokit.rest.checks.create({
    ...repo,
    name: checkRunName,
    head_sha: headSha,
    external_id: String(pullNumber),
    started_at: now,
    status: 'completed',
    conclusion: outcome.conclusion,
    completed_at: now,
    output: {
      ...fittedOutput(outcome),
      ...(outcome.annotations.length > 0 ? { annotations: outcome.annotations.slice(0, annotationsPerRequest) } : {}),
    },
  });
  learnAppIdentity(octokit, data.app);
  return { ...repo, checkRunId: data.id };
}

/**
 * Sends the annotations in batches of 50 and completes the run with the last batch. Returns the
 * pull requests GitHub's answer names, with their heads as they are now (check-run-pulls.ts).
 */
export async function completeCheckRun(octokit: ProbotOctokit, run: CheckRunRef, outcome: CheckOutcome): Promise<readonly NamedPull[]> {
  const { owner, repo, checkRunId } = run;
  const batches = chunk(outcome.annotations, annotationsPerRequest);
  const output = fittedOutput(outcome);
  for (const batch of batches.slice(0, -1)) {
    await octokit.rest.checks.update({ owner, repo, check_run_id: checkRunId, output: { ...output, annotations: batch } });
  }
  const last = batches.at(-1) ?? [];
  const { data } = await octokit.rest.checks.update({
    owner,
    repo,
    check_run_id: checkRunId,
    status: 'completed',
    conclusion: outcome.conclusion,
    completed_at: new Date().toISOString(),
    output: { ...output, ...(last.length > 0 ? { annotations: last } : {}) },
  });
  return data.pull_requests ?? [];
}

/** Title, summary and text within GitHub's limits, cut at a line with a note saying so. */
function fittedOutput(outcome: CheckOutcome): { title: string; summary: string; text?: string } {
  return {
    title: fitText(outcome.title, { maxBytes: githubLimits.checkRunTitle }),
    summary: fitText(outcome.summary, { maxBytes: githubLimits.checkRunSummary, seeAlso: seeTheRest }),
    ...(outcome.text ? { text: fitText(outcome.text, { maxBytes: githubLimits.checkRunText, seeAlso: seeTheRest }) } : {}),
  };
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
