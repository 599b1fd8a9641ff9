// publish: the one summary comment of a pull request, found again by its hidden marker and
// edited in place. Every page of comments is searched: a bot that reads only the first page
// posts a duplicate on a long discussion. Only a comment this App posted counts: another bot's
// comment carrying the marker (a workflow's, say) is neither trusted nor edited.
import type { ProbotOctokit } from 'probot';
import { isAppAuthored, type AppIdentity } from '../commands/app-authored.js';
import type { RepoRef } from './repo-ref.js';
import { fitText, githubLimits } from './text-budget.js';

/** Written by templates/review-comment.hbs as the comment's first line. */
export const summaryMarker = '<!-- api-review-bot:summary -->';

export interface IssueComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  /** Which App posted it, as GitHub says; `null` for people and other bots. */
  performed_via_github_app: { id: number } | null;
  html_url: string;
  created_at: string;
}

export async function listIssueComments(octokit: ProbotOctokit, repo: RepoRef, issueNumber: number): Promise<IssueComment[]> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
  return comments.map(issueCommentOf);
}

/** The fields of a comment as GitHub sends them, in the comment list and in the timeline alike. */
export interface GitHubComment {
  id: number;
  body?: string | null;
  user?: { login?: string; type?: string } | null;
  performed_via_github_app?: { id: number } | null;
  html_url: string;
  created_at: string;
}

/** The fields a review reads of a comment. */
export function issueCommentOf(comment: GitHubComment): IssueComment {
  return {
    id: comment.id,
    body: comment.body ?? '',
    user: { login: comment.user?.login ?? '', type: comment.user?.type ?? '' },
    performed_via_github_app: comment.performed_via_github_app ? { id: comment.performed_via_github_app.id } : null,
    html_url: comment.html_url,
    created_at: comment.created_at,
  };
}

/** The oldest comment by this App carrying the marker (a person quoting it does not count). */
export function findSummaryComment(comments: readonly IssueComment[], app: AppIdentity): IssueComment | undefined {
  return comments.find((comment) => isSummaryComment(comment, app));
}

function isSummaryComment(comment: IssueComment, app: AppIdentity): boolean {
  return isAppAuthored(comment, app) && comment.body.startsWith(summaryMarker);
}

/**
 * Summary comments beyond the oldest one. Two replicas reviewing the first push of a pull
 * request at the same moment can both create one; every later review removes the extras, so
 * the pull request converges on one comment without any shared state.
 */
export function extraSummaryComments(comments: readonly IssueComment[], app: AppIdentity): IssueComment[] {
  const oldest = findSummaryComment(comments, app);
  return comments.filter((comment) => comment !== oldest && isSummaryComment(comment, app));
}

export async function deleteComments(octokit: ProbotOctokit, repo: RepoRef, comments: readonly IssueComment[]): Promise<void> {
  for (const comment of comments) await octokit.rest.issues.deleteComment({ ...repo, comment_id: comment.id });
}

export type CommentWrite = 'created' | 'updated' | 'unchanged' | 'skipped';

/**
 * Edits the summary comment, or creates it when `create` allows (a pull request that never
 * touched a spec gets no comment; one that did keeps its comment, saying all is clear now).
 */
export async function upsertSummaryComment(
  octokit: ProbotOctokit,
  repo: RepoRef,
  issueNumber: number,
  existing: IssueComment | undefined,
  whole: string,
  create: boolean,
): Promise<CommentWrite> {
  // Cut at the end: the marker on the first line survives, so the comment is still found again.
  const body = fitText(whole, { maxBytes: githubLimits.commentBody, seeAlso: 'the `API Review` check run and its annotations' });
  if (existing) {
    if (existing.body === body) return 'unchanged';
    await octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
    return 'updated';
  }
  if (!create) return 'skipped';
  await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
  return 'created';
}
