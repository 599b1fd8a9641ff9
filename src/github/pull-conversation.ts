// collect: what a review reads of a pull request's conversation: the comments (the summary
// comment to edit, acceptances and revocations) and, when the config may ask reviewers, the
// timeline (who was requested, reviewed or removed before: reviewer-requests.ts). The timeline
// holds the comments too, as `commented` events, so a repository that asks reviewers pays one
// read for both instead of two. Without reviewers the comment list is read: it pages through
// comments only, where a busy pull request's timeline also pages through every commit and label.
import type { ProbotOctokit } from 'probot';
import type { ReviewConfig } from '../config/config-schema.js';
import type { RepoRef } from './repo-ref.js';
import { readTimeline, type TimelineEvent } from './reviewer-requests.js';
import { issueCommentOf, listIssueComments, type GitHubComment, type IssueComment } from './sticky-comment.js';

export interface PullConversation {
  comments: IssueComment[];
  /** Read only when the config may ask reviewers. */
  timeline?: TimelineEvent[];
}

/** Whether a breaking review of this config may request reviewers (and so needs the timeline). */
export function mayAskReviewers(reviewers: ReviewConfig['breaking']['reviewers']): boolean {
  return reviewers.users.length > 0 || reviewers.teams.length > 0 || reviewers.codeowners;
}

export async function readConversation(octokit: ProbotOctokit, repo: RepoRef, pullNumber: number, config: ReviewConfig): Promise<PullConversation> {
  if (!mayAskReviewers(config.breaking.reviewers)) return { comments: await listIssueComments(octokit, repo, pullNumber) };
  const timeline = await readTimeline(octokit, repo, pullNumber);
  return { comments: timeline.flatMap(commentOf), timeline };
}

/** A `commented` event as the comment it is (GitHub gives it the comment's own fields). */
function commentOf(event: TimelineEvent): IssueComment[] {
  if (!('event' in event) || event.event !== 'commented' || !('id' in event) || !('html_url' in event)) return [];
  return [issueCommentOf(event as TimelineEvent & GitHubComment)];
}
