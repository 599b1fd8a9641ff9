// collect: the cheap look that settles a push touching no spec. When the compare API lists every
// changed file and none is YAML or JSON, no spec and no file a spec could `$ref` changed, so the
// review can only say "no API description changed" — unless an earlier push did touch a spec and
// left a summary comment (and perhaps the breaking-change label) that must now be corrected: then
// the full review runs. Config, trees, blobs and the pull request are not read on the quiet path.
import { contractExtensions } from '../formats/contract-files.js';
import type { ProbotOctokit } from 'probot';
import { defaultConfig } from '../config/config-schema.js';
import type { LinkOptions } from '../render/review-view.js';
import { assessReview } from '../review/assess-review.js';
import type { Review } from '../review/review.js';
import type { ChangedFile } from '../specs/select-specs.js';
import { compareWithMergeBase, type ComparedRevisions } from './merge-base.js';
import type { PullSnapshot } from './pull-request.js';
import type { RepoRef } from './repo-ref.js';
import { findSummaryComment, listIssueComments, type IssueComment } from './sticky-comment.js';

export type PullLook =
  | { quiet: true; review: Review; links: LinkOptions }
  /** What was read on the way, handed to the full review so it is not read twice. */
  | { quiet: false; compared: ComparedRevisions; comments?: IssueComment[] };

export async function lookAtPull(octokit: ProbotOctokit, repo: RepoRef, pull: PullSnapshot, now: Date): Promise<PullLook> {
  const compared = await compareWithMergeBase(octokit, repo, pull);
  if (!compared.complete || touchesDataFiles(compared.changed)) return { quiet: false, compared };
  const comments = await listIssueComments(octokit, repo, pull.number);
  if (findSummaryComment(comments)) return { quiet: false, compared, comments };
  // A review of no spec reads no config key, so the default config gives the same review.
  const review = assessReview({ specs: [], config: defaultConfig, acceptances: [], now });
  return { quiet: true, review, links: reviewLinks(pull, compared.mergeBase) };
}

/** Only YAML and JSON files can be specs or `$ref` targets; GraphQL and Protobuf contracts have their own extensions. */
export function touchesDataFiles(changed: readonly ChangedFile[]): boolean {
  return changed.some((file) => [file.path, file.previousPath ?? ''].some((path) => contractExtensions.test(path)));
}

export function reviewLinks(pull: PullSnapshot, mergeBase: string): LinkOptions {
  return { headBlobUrl: `${pull.repoHtmlUrl}/blob/${pull.headSha}/`, baseBlobUrl: `${pull.repoHtmlUrl}/blob/${mergeBase}/` };
}
