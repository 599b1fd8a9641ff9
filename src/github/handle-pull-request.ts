// trigger: pull request webhooks that can change what the review says — a new or reopened pull
// request, a push, leaving draft, and a new base branch.
import type { Context } from 'probot';
import { isOwnEvent } from './own-event.js';
import { pullSnapshotOf } from './pull-request.js';
import { reviewInProcess, type ReviewDispatch } from './review-dispatch.js';

export const pullRequestEvents = [
  'pull_request.opened',
  'pull_request.synchronize',
  'pull_request.reopened',
  'pull_request.ready_for_review',
  'pull_request.edited',
] as const;

export type PullRequestContext = Context<(typeof pullRequestEvents)[number]>;

export async function handlePullRequest(context: PullRequestContext, review: ReviewDispatch = reviewInProcess): Promise<void> {
  const { payload } = context;
  // An edit of the title or body changes nothing reviewed; a new base branch changes the merge base.
  if (payload.action === 'edited' && !payload.changes.base) return;
  if (payload.pull_request.state !== 'open') return;
  if (await isOwnEvent(context.octokit, payload.sender)) return;
  const pull = pullSnapshotOf(payload.pull_request);
  await review(context, { ...context.repo(), pullNumber: pull.number, headSha: pull.headSha, pull });
}
