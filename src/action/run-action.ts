#!/usr/bin/env node
// trigger: the GitHub Action's entry (action.yml runs dist/action/run-action.js). Reads the
// runner's environment, reviews the pull request of a `pull_request` event with the App's
// pipeline, writes SARIF (its path as the `sarif` output) and the job summary, and exits 1 on an
// unaccepted blocker. The token goes to Octokit only; it is never logged or written.
import { appendFileSync, existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Probot } from 'probot';
import { parse as parseYaml } from 'yaml';
import { renderCheckSummary } from '../render/render-review.js';
import { reviewToSarif } from '../render/sarif.js';
import { resilientOctokit } from '../github/resilient-octokit.js';
import type { PullLike } from '../github/pull-request.js';
import { packageVersion } from '../package-root.js';
import { actionSettingsOf, type ActionEnv, type ActionSettings } from './action-settings.js';
import { reviewPullInAction } from './review-pull-in-action.js';

const pullRequestEvents = new Set(['pull_request', 'pull_request_target']);

/** Runs the Action; returns the process exit code (1: an unaccepted blocker or a review that could not run). */
export async function runAction(env: ActionEnv, toolVersion: string): Promise<number> {
  const outcome = actionSettingsOf(env);
  if (!outcome.ok) {
    process.stderr.write(`::error::api-review: ${outcome.message}\n`);
    return 1;
  }
  const settings = outcome.settings;
  if (!pullRequestEvents.has(settings.eventName)) {
    process.stdout.write(`api-review: the ${settings.eventName || 'unknown'} event is not a pull request; nothing to review.\n`);
    return 0;
  }
  const event = JSON.parse(readFileSync(settings.eventPath, 'utf8')) as { pull_request?: PullLike & { base: PullLike['base'] & { sha: string } } };
  if (!event.pull_request) {
    process.stderr.write('::error::api-review: the event payload holds no pull_request.\n');
    return 1;
  }
  try {
    return await reviewAndReport(settings, event.pull_request, toolVersion);
  } catch (error) {
    // The message only: an error's own fields can hold request details.
    process.stderr.write(`::error::api-review: the review failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function reviewAndReport(settings: ActionSettings, pullRequest: PullLike & { base: PullLike['base'] & { sha: string } }, toolVersion: string): Promise<number> {
  const probot = new Probot({ githubToken: settings.token, baseUrl: settings.apiUrl, Octokit: resilientOctokit(), logLevel: 'info' });
  const octokit = await probot.auth();
  const reviewed = await reviewPullInAction({
    octokit,
    log: probot.log,
    repo: { owner: settings.owner, repo: settings.repo },
    pull: pullRequest,
    readConfig: configReaderFor(settings),
    ruleset: settings.ruleset,
    now: new Date(),
  });
  if (!reviewed.ok) {
    process.stderr.write(`::error::api-review: the review could not run: ${reviewed.reason}\n`);
    return 1;
  }
  if (!reviewed.checkRun) process.stderr.write("::warning::api-review: the token could not write the check run; the job's status is the gate.\n");
  writeFileSync(settings.sarifPath, JSON.stringify(reviewToSarif(reviewed.review, toolVersion), null, 2));
  if (settings.outputPath) appendFileSync(settings.outputPath, `sarif=${settings.sarifPath}\n`);
  if (settings.summaryPath) appendFileSync(settings.summaryPath, `${renderCheckSummary(reviewed.review, reviewed.links)}\n`);
  return reviewed.review.verdict === 'fail' ? 1 : 0;
}

/** The `config` input names a file in the workspace; no file means every default. */
function configReaderFor(settings: ActionSettings): () => Promise<unknown> {
  return async () => {
    if (!existsSync(settings.configPath)) return null;
    try {
      return parseYaml(readFileSync(settings.configPath, 'utf8')) as unknown;
    } catch (error) {
      throw new Error(`the config file could not be parsed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await runAction(process.env, packageVersion());
}
