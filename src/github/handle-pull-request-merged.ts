// trigger: a merged pull request, when the repository asks for it (`changelog.on_merge`): its
// consumer changelog is appended to the `API changelog` issue (changelog-issue.ts). The same
// collect and analysis as the review, measured from the base the pull request was compared
// with — after the merge the base branch holds the head, so the branch would show nothing.
import type { Context } from 'probot';
import { withReviewSlot } from '../pipeline/review-slots.js';
import { withinReviewBudget } from '../pipeline/within-review-budget.js';
import { renderMergedChangelog } from '../render/render-changelog.js';
import { buildChangelog } from '../review/build-changelog.js';
import { appIdentityOf } from './bot-login.js';
import { postMergedChangelog } from './changelog-issue.js';
import { collectPullReview } from './collect-pull-review.js';
import { pullSnapshotOf } from './pull-request.js';
import { loadRepoConfig } from './repo-config.js';
import { ReviewLimitError } from './review-limit-error.js';

export async function handlePullRequestMerged(context: Context<'pull_request.closed'>): Promise<void> {
  const merged = context.payload.pull_request;
  if (!merged.merged) return;
  const config = await loadRepoConfig((name) => context.config(name));
  const repo = context.repo();
  const log = context.log.child({ repo: `${repo.owner}/${repo.repo}`, pr: merged.number });
  // An invalid config is said on the pull request's check run; here it only means no changelog.
  if (!config.ok) log.warn({ reason: config.message }, 'no changelog for the merged pull request: the config is invalid');
  if (!config.ok || !config.config.changelog.on_merge) return;
  const pull = { ...pullSnapshotOf(merged), baseRef: merged.base.sha };
  const app = await appIdentityOf(context.octokit);
  const collected = await withReviewSlot(() =>
    withinReviewBudget(
      config.config.limits.seconds_per_review,
      (signal) => collectPullReview({ octokit: context.octokit, repo, pull, config: config.config, app, now: new Date(), signal }),
      (message) => new ReviewLimitError(message),
    ),
  );
  if (!collected.ok) {
    log.warn({ reason: collected.reason }, 'no changelog for the merged pull request');
    return;
  }
  const changelog = buildChangelog(collected.review);
  // A merge that changed no contract, or changed nothing a consumer sees, adds nothing to the issue.
  if (changelog.operations.length === 0) return;
  const markdown = renderMergedChangelog(changelog, { number: merged.number, title: merged.title, url: merged.html_url, mergedOn: (merged.merged_at ?? '').slice(0, 10) });
  const posted = await postMergedChangelog(context.octokit, repo, app, { pullNumber: merged.number, markdown });
  log.info({ issue: posted.issue, action: posted.action }, 'changelog of the merged pull request');
}
