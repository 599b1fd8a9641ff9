// publish: the repository's `API changelog` tracking issue, one comment per merged pull request
// that changed a contract. The App may write issues but not contents (app.yml), so the changelog
// goes to an issue consumers can watch rather than to a file or a release. GitHub is the only
// state: the issue is found again by its title among the issues this App opened (a person cannot
// open an issue as the App), and each comment carries a per-pull-request marker, so a redelivered
// webhook finds its comment and posts nothing.
import type { ProbotOctokit } from 'probot';
import { isAppAuthored, type AppIdentity } from '../commands/app-authored.js';
import type { RepoRef } from './repo-ref.js';
import { listIssueComments } from './sticky-comment.js';
import { fitText, githubLimits } from './text-budget.js';

export const changelogIssueTitle = 'API changelog';

const changelogIssueBody =
  'What changed for the consumers of the APIs in this repository, one comment per merged pull request that changed an API description. ' +
  'Written by API Review Bot (`changelog.on_merge` in `.github/api-review.yml`); subscribe to this issue to be told.';

export type ChangelogPost = { action: 'posted' | 'already-posted'; issue: number };

/** The hidden line that names the pull request a changelog comment is about. */
export function changelogMarker(pullNumber: number): string {
  return `<!-- api-review-bot:changelog pull=${pullNumber} -->`;
}

export async function postMergedChangelog(octokit: ProbotOctokit, repo: RepoRef, app: AppIdentity, entry: { pullNumber: number; markdown: string }): Promise<ChangelogPost> {
  const issue = (await findChangelogIssue(octokit, repo, app)) ?? (await openChangelogIssue(octokit, repo));
  const marker = changelogMarker(entry.pullNumber);
  const comments = await listIssueComments(octokit, repo, issue);
  if (comments.some((comment) => isAppAuthored(comment, app) && comment.body.startsWith(marker))) return { action: 'already-posted', issue };
  const body = fitText(`${marker}\n${entry.markdown}`, { maxBytes: githubLimits.commentBody, seeAlso: `the \`API Review\` check run of #${entry.pullNumber}` });
  await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body });
  return { action: 'posted', issue };
}

async function findChangelogIssue(octokit: ProbotOctokit, repo: RepoRef, app: AppIdentity): Promise<number | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, { ...repo, creator: app.login, state: 'all', per_page: 100 });
  const found: number[] = [];
  for await (const { data } of pages) {
    // The issues API lists pull requests too; the creator filter is checked again on each item.
    for (const item of data) if (item.title === changelogIssueTitle && !item.pull_request && isAppAuthored({ user: item.user }, app)) found.push(item.number);
  }
  // Should two deliveries ever have raced to open it, the oldest issue is the one kept.
  return found.sort((a, b) => a - b)[0];
}

async function openChangelogIssue(octokit: ProbotOctokit, repo: RepoRef): Promise<number> {
  const { data } = await octokit.rest.issues.create({ ...repo, title: changelogIssueTitle, body: changelogIssueBody });
  return data.number;
}
