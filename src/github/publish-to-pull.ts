// publish: the review on the pull request itself — the summary comment, the breaking-change
// label and reviewer requests. Skipped when the pull request moved on while the review ran, so
// a slow review of an old push never overwrites a newer one. Its current head usually comes from
// the answer to completing the check run; the pull request is read only when that answer does not
// name it (a fork's), and then its labels and requested reviewers are the fresh ones.
import type { Logger, ProbotOctokit } from 'probot';
import type { ReviewConfig } from '../config/config-schema.js';
import type { ChangedOperations } from '../llm/changed-operations.js';
import { proseForReview } from '../llm/prose-for-review.js';
import type { ReviewProse } from '../llm/review-prose.js';
import { renderComment } from '../render/render-review.js';
import type { LinkOptions } from '../render/review-view.js';
import type { Review } from '../review/review.js';
import type { FileSource } from '../specs/file-source.js';
import { appIdentityOf } from './bot-login.js';
import { syncBreakingLabel, type LabelWrite } from './breaking-label.js';
import { ownersOf, readCodeowners, type Owners } from './codeowners.js';
import { httpStatusOf } from './http-status.js';
import { fetchPull, type PullSnapshot } from './pull-request.js';
import type { RepoRef } from './repo-ref.js';
import { notAskedBefore, readTimeline, requestReviewers, wantedReviewers, type ReviewerRequest, type TimelineEvent } from './reviewer-requests.js';
import { deleteComments, extraSummaryComments, findSummaryComment, upsertSummaryComment, type CommentWrite, type IssueComment } from './sticky-comment.js';

export interface PublishInput {
  octokit: ProbotOctokit;
  log: Logger;
  repo: RepoRef;
  /** The pull request as the review started from it; its `headSha` is the reviewed commit. */
  pull: PullSnapshot;
  /** Its head now, when an answer GitHub gave anyway names it (the completed check run); else it is read. */
  currentHead?: string | undefined;
  review: Review;
  /** The spec excerpts model prose may see, from the review's analysis. */
  changedOperations: ChangedOperations;
  links: LinkOptions;
  comments: readonly IssueComment[];
  /** The timeline read with the comments, if it was: then who was asked before costs no call. */
  timeline?: readonly TimelineEvent[];
  base: FileSource;
  head: FileSource;
  config: ReviewConfig;
}

export type PublishResult =
  | { stale: true; currentHead: string }
  | { stale: false; comment: CommentWrite; label: LabelWrite; reviewers: ReviewerRequest; prose: ReviewProse };

export async function publishToPull(input: PublishInput): Promise<PublishResult> {
  const { octokit, repo, review, config } = input;
  const pull = await pullToPublishOn(input);
  if (pull.headSha !== input.pull.headSha) return { stale: true, currentHead: pull.headSha };

  // Model prose only words the comment: the check run, label and reviewers never see it.
  const prose = await proseForReview(review, { changedOperations: input.changedOperations, config, env: process.env });
  if (prose.status === 'fallback') input.log.warn({ reason: prose.reason }, 'model prose fell back to the deterministic text');
  const body = renderComment(review, input.links, prose);
  const app = await appIdentityOf(octokit);
  const comment = await upsertSummaryComment(octokit, repo, pull.number, findSummaryComment(input.comments, app), body, review.specs.length > 0);
  await deleteComments(octokit, repo, extraSummaryComments(input.comments, app));
  const breaking = review.breakingChanges > 0;
  const label = await syncBreakingLabel(octokit, repo, pull.number, pull.labels, config.breaking.label, breaking);
  const reviewers = breaking && (!pull.draft || config.breaking.drafts) ? await askReviewers(input, pull) : { users: [], teams: [] };
  return { stale: false, comment, label, reviewers, prose };
}

/** The pull request with the head it has now: the snapshot when GitHub named that head, else read afresh. */
async function pullToPublishOn(input: PublishInput): Promise<PullSnapshot> {
  if (input.currentHead !== undefined) return { ...input.pull, headSha: input.currentHead };
  return fetchPull(input.octokit, input.repo, input.pull.number);
}

async function askReviewers(input: PublishInput, pull: PullSnapshot): Promise<ReviewerRequest> {
  const { octokit, repo, config } = input;
  const owners: Owners = config.breaking.reviewers.codeowners
    ? ownersOf(await readCodeowners(input.base), specPaths(input.review), repo.owner)
    : { users: [], teams: [] };
  const wanted = wantedReviewers(config.breaking.reviewers, owners, pull);
  if (wanted.users.length === 0 && wanted.teams.length === 0) return wanted;
  const request = notAskedBefore(input.timeline ?? (await readTimeline(octokit, repo, pull.number)), wanted);
  if (request.users.length === 0 && request.teams.length === 0) return request;
  try {
    await requestReviewers(octokit, repo, pull.number, request);
    return request;
  } catch (error) {
    // 422: someone is not a collaborator, or a team is not visible to the App. Said, not fatal.
    if (httpStatusOf(error) !== 422) throw error;
    input.log.warn({ err: error, request }, 'reviewers could not be requested');
    return { users: [], teams: [] };
  }
}

function specPaths(review: Review): string[] {
  return review.specs.flatMap((spec) => [spec.spec, ...(spec.previousPath ? [spec.previousPath] : [])]);
}
