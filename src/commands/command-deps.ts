// trigger: everything a slash command needs from the outside world, as one small interface.
// The App builds it from the Probot context (src/github/); tests build it from plain values.
// Nothing under src/commands/ holds an Octokit.
import type { ReviewConfig } from '../config/config-schema.js';
import type { LoadedRuleset } from '../lint/index.js';
import type { CheckData } from '../review/check-data.js';
import type { MarkerKey } from './command-marker.js';
import type { ReviewProse } from '../llm/review-prose.js';
import type { Review } from '../review/review.js';

/** A user's role on the repository: GitHub's `role_name` from `GET /repos/{owner}/{repo}/collaborators/{username}/permission`. */
export type RepoPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

/** The reactions a command answers with (GitHub's reaction `content` values). */
export type CommandReaction = 'eyes' | '+1' | '-1' | 'confused';

/** The author of a comment, as GitHub sends it (`user.type` is `Bot` for Apps and bots). */
export interface CommentAuthor {
  login: string;
  type: string;
}

export interface CommandDeps {
  /** The webhook's `action`: only `created` is handled, so an edited comment never runs a command. */
  action: string;
  comment: { id: number; body: string; user: CommentAuthor; html_url: string };
  repo: { owner: string; repo: string };
  /** The login of the pull request's author (`run` and `plan` are theirs, or a writer's). */
  pullAuthor: string;
  /** The issue number, which is the pull request number when `isPullRequest`. */
  pullNumber: number;
  /** `issue_comment` fires for issues too; commands only run on pull requests. */
  isPullRequest: boolean;
  /** This App's own login (`<app-slug>[bot]`): its replies carry the acceptance markers. */
  botLogin: string;
  /** This App's id, which GitHub stamps on its replies (`performed_via_github_app.id`). */
  appId: number;
  /** Signs the records in accept and revoke replies (github/marker-key.ts). */
  markerKey: MarkerKey;
  /** The clock, passed in like everything else: an acceptance's `--until 30d` counts from it. */
  now(): Date;
  /** The repository's `.github/api-review.yml`, parsed (defaults filled in). */
  config: ReviewConfig;
  /** Asked fresh on every call: a permission can be taken away at any time. */
  permissionOf(login: string): Promise<RepoPermission>;
  /** Whether the user belongs to one of `config.accept.teams`. */
  isApproverTeamMember(login: string): Promise<boolean>;
  /** Posts a comment on the pull request. */
  reply(body: string): Promise<void>;
  /** Adds a reaction to the command's comment. */
  react(content: CommandReaction): Promise<void>;
  /**
   * Has the current head reviewed again and published, where the App's reviews run: in this
   * process one review per pull request at a time, or with replicas by the queue's workers (the
   * pull request's lane), so that a command never reviews beside a review of the same pull request.
   */
  requestReview(): Promise<void>;
  /**
   * The review of the current head that `plan` replies from; `undefined` when none could be made.
   * In one process it is also published (through the same queue as `requestReview`); with
   * replicas it is made here and published nowhere, since only the lane's worker publishes.
   */
  reviewForPlan(): Promise<Review | undefined>;
  /** The model prose the last `reviewForPlan` published with, when a model is configured. */
  lastProse?(): ReviewProse | undefined;
  /** The machine data of the last `API Review` check run on the current head, if there is one. */
  currentCheckData(): Promise<CheckData | undefined>;
  /** The ruleset the repository lints with (for `explain` of a lint rule); `undefined` when it cannot load. */
  loadRuleset(): Promise<LoadedRuleset | undefined>;
}
