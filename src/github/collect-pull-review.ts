// collect -> analyze -> assess for one pull request: what changed since the merge base, which
// specs that touches, the acceptances in force, and the review of those specs. Nothing here
// publishes; the file sources are handed on for CODEOWNERS.
import type { ProbotOctokit } from 'probot';
import type { AppIdentity } from '../commands/app-authored.js';
import type { ReviewConfig } from '../config/config-schema.js';
import type { ChangedOperations } from '../llm/changed-operations.js';
import { reviewInWorker } from '../pipeline/review-in-worker.js';
import type { LinkOptions } from '../render/review-view.js';
import { assessReview } from '../review/assess-review.js';
import type { Review } from '../review/review.js';
import type { FileSource } from '../specs/file-source.js';
import { selectSpecs } from '../specs/select-specs.js';
import { mayAffectSpecs } from '../specs/spec-relevance.js';
import { baseRebuilds } from './base-rebuilds.js';
import { blobStore } from './blob-store.js';
import { gitHubFileSource } from './github-file-source.js';
import { gitTree } from './git-tree.js';
import { headOverlay } from './head-overlay.js';
import { compareWithMergeBase, type ComparedRevisions } from './merge-base.js';
import { pullAcceptances } from './pull-acceptances.js';
import type { PullSnapshot } from './pull-request.js';
import type { RepoRef } from './repo-ref.js';
import { reviewLinks } from './quiet-pull.js';
import { rulesetRefusal, rulesetRequestFor } from './ruleset-choice.js';
import type { IssueComment } from './sticky-comment.js';
import { readConversation } from './pull-conversation.js';
import type { TimelineEvent } from './reviewer-requests.js';

export interface CollectInput {
  octokit: ProbotOctokit;
  repo: RepoRef;
  pull: PullSnapshot;
  config: ReviewConfig;
  /** This App: only its own replies hold acceptance records. */
  app: AppIdentity;
  now: Date;
  /** Already read by `lookAtPull`: not read again. */
  compared?: ComparedRevisions;
  comments?: IssueComment[];
  /** Aborts at the review's budget: the worker analysing the specs is then terminated. */
  signal?: AbortSignal;
}

export type CollectOutcome =
  | {
      ok: true;
      review: Review;
      changedOperations: ChangedOperations;
      comments: IssueComment[];
      /** The timeline as read with the comments, when the config may ask reviewers. */
      timeline?: TimelineEvent[];
      base: FileSource;
      head: FileSource;
      links: LinkOptions;
    }
  | { ok: false; reason: string };

export async function collectPullReview(input: CollectInput): Promise<CollectOutcome> {
  const { octokit, repo, pull, config } = input;
  const compared = input.compared ?? (await compareWithMergeBase(octokit, repo, pull));
  const blobs = blobStore(octokit, repo, config.limits);
  const baseTree = gitTree(octokit, repo, compared.mergeBase);
  // A changed file's merge-base version is rebuilt from its head and the compare patch when it can be.
  const base = gitHubFileSource(baseTree, blobs, `merge base ${compared.mergeBase.slice(0, 7)}`, baseRebuilds(compared.changed, blobs));
  const headLabel = `head ${pull.headSha.slice(0, 7)}`;
  // A complete file list with blob SHAs spares the head's tree call; otherwise the head is listed itself.
  const head = compared.complete && compared.changed.every((file) => file.status === 'removed' || file.headBlob)
    ? headOverlay(baseTree, compared.changed, blobs, headLabel)
    : gitHubFileSource(gitTree(octokit, repo, pull.headSha), blobs, headLabel);
  const links = reviewLinks(pull, compared.mergeBase);

  // A `$ref` can name a file of any extension: only files that are never a document need no tree.
  const pairs = mayAffectSpecs(compared.changed)
    ? await selectSpecs({ changed: compared.changed, base, head, headPaths: await head.paths(), globs: config.specs, contracts: config.contracts })
    : [];
  const { comments, timeline } = input.comments ? { comments: input.comments, timeline: undefined } : await readConversation(octokit, repo, pull.number, config);
  const read = { comments, ...(timeline ? { timeline } : {}), base, head, links };
  if (pairs.length === 0) {
    return { ok: true, review: assessReview({ specs: [], config, acceptances: [], now: input.now }), changedOperations: { excerpts: [], omitted: 0 }, ...read };
  }
  const acceptances = await pullAcceptances(octokit, repo, {
    comments,
    app: input.app,
    config,
    pullNumber: pull.number,
    pullRequestUrl: `${pull.repoHtmlUrl}/pull/${pull.number}`,
  });
  // Parse, lint and diff run on a worker thread: a hostile spec can pin or exhaust only that thread.
  const analysed = await reviewInWorker({ pairs, base, head, config, ruleset: rulesetRequestFor(config), acceptances, now: input.now }, input.signal);
  if (!analysed.ok) return { ok: false, reason: rulesetRefusal(analysed.problems) };
  return { ok: true, review: analysed.review, changedOperations: analysed.changedOperations, ...read };
}
