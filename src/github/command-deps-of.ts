// trigger: the slash-command module's view of GitHub (CommandDeps), built from a Probot context.
// Everything that calls GitHub stays here, in src/github/.
import type { Context } from 'probot';
import type { ReviewProse } from '../llm/review-prose.js';
import type { CommandDeps } from '../commands/command-deps.js';
import { defaultConfig } from '../config/config-schema.js';
import { blobStore } from './blob-store.js';
import { appIdentityOf } from './bot-login.js';
import { gitHubFileSource } from './github-file-source.js';
import { gitTree } from './git-tree.js';
import { latestCheckData } from './latest-check-data.js';
import { markerKey } from './marker-key.js';
import { fetchPull, type PullSnapshot } from './pull-request.js';
import { loadRepoConfig } from './repo-config.js';
import { isTeamMember, permissionOf } from './repo-permissions.js';
import { rulesetFor } from './ruleset-choice.js';
import { reviewInProcess, type ReviewDispatch } from './review-dispatch.js';
import { reviewUnpublished, runPullRequestReview } from './run-pull-request-review.js';
import { fitText, githubLimits } from './text-budget.js';

/** `review` is where the App's reviews go (review-dispatch.ts): a command's review goes there too. */
export async function commandDepsOf(context: Context<'issue_comment.created'>, review: ReviewDispatch = reviewInProcess): Promise<CommandDeps> {
  const { comment, issue } = context.payload;
  const repo = context.repo();
  const { octokit } = context;
  const loaded = await loadRepoConfig((name) => context.config(name));
  // Commands still answer under an invalid config (`run` then reports it in the check run).
  if (!loaded.ok) context.log.warn({ reason: loaded.message }, 'invalid config: commands use the defaults');
  const config = loaded.ok ? loaded.config : defaultConfig;
  let pull: Promise<PullSnapshot> | undefined;
  const currentPull = (): Promise<PullSnapshot> => (pull ??= fetchPull(octokit, repo, issue.number));
  let lastProse: ReviewProse | undefined;
  const app = await appIdentityOf(octokit);
  return {
    action: context.payload.action,
    comment: { id: comment.id, body: comment.body, user: { login: comment.user?.login ?? '', type: comment.user?.type ?? '' }, html_url: comment.html_url },
    repo,
    pullAuthor: issue.user?.login ?? '',
    pullNumber: issue.number,
    isPullRequest: issue.pull_request !== undefined,
    botLogin: app.login,
    appId: app.id,
    markerKey: markerKey(),
    now: () => new Date(),
    config,
    permissionOf: (login) => permissionOf(octokit, repo, login),
    isApproverTeamMember: (login) => isTeamMember(octokit, repo.owner, config.accept.teams, login),
    reply: async (body) => {
      // Every reply, `plan` included, within GitHub's comment limit: a long reply is cut, not refused.
      const fitted = fitText(body, { maxBytes: githubLimits.commentBody, seeAlso: 'the summary comment and the `API Review` check run' });
      await octokit.rest.issues.createComment({ ...repo, issue_number: issue.number, body: fitted });
    },
    react: async (content) => {
      await octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: comment.id, content });
    },
    requestReview: async () => {
      await review(context, { ...repo, pullNumber: issue.number });
    },
    reviewForPlan: () => {
      const target = { ...repo, pullNumber: issue.number };
      const deps = { octokit: context.octokit, log: context.log, config: (name: string) => context.config(name), onProse: (prose: ReviewProse) => (lastProse = prose) };
      // In one process the plan's review is the published one; with replicas a review here
      // beside the lane's could post twice, so it is only made here (model prose included).
      return review === reviewInProcess ? runPullRequestReview(deps, target) : reviewUnpublished(deps, target);
    },
    lastProse: () => lastProse,
    currentCheckData: async () => latestCheckData(octokit, repo.owner, repo.repo, (await currentPull()).headSha),
    loadRuleset: async () => {
      // Read from the base branch, like the config: a pull request cannot change its own rules.
      const base = gitHubFileSource(gitTree(octokit, repo, (await currentPull()).baseRef), blobStore(octokit, repo, config.limits), 'base branch');
      const outcome = await rulesetFor(config, base);
      return outcome.ok ? outcome.ruleset : undefined;
    },
  };
}
