// collect: the facts about a pull request a review needs, from a webhook payload or from the
// REST API (both carry the same pull request shape).
import type { ProbotOctokit } from 'probot';
import type { RepoRef } from './repo-ref.js';

export interface PullSnapshot {
  number: number;
  state: string;
  draft: boolean;
  author: string;
  headSha: string;
  baseRef: string;
  /** `https://github.com/o/r`, for links into files. */
  repoHtmlUrl: string;
  labels: string[];
  requestedUsers: string[];
  requestedTeams: string[];
}

/** The fields read, structurally: satisfied by webhook payloads and by `GET /pulls/{n}`. */
export interface PullLike {
  number: number;
  state: string;
  draft?: boolean | undefined;
  user: { login: string } | null;
  head: { sha: string };
  base: { ref: string; repo: { html_url: string } };
  labels: { name: string }[];
  requested_reviewers?: ({ login: string } | { slug: string } | null)[] | null | undefined;
  requested_teams?: { slug?: string | undefined }[] | null | undefined;
}

export function pullSnapshotOf(pull: PullLike): PullSnapshot {
  const reviewers = pull.requested_reviewers ?? [];
  return {
    number: pull.number,
    state: pull.state,
    draft: pull.draft === true,
    author: pull.user?.login ?? '',
    headSha: pull.head.sha,
    baseRef: pull.base.ref,
    repoHtmlUrl: pull.base.repo.html_url,
    labels: pull.labels.map((label) => label.name),
    requestedUsers: reviewers.flatMap((reviewer) => (reviewer && 'login' in reviewer ? [reviewer.login] : [])),
    requestedTeams: (pull.requested_teams ?? []).flatMap((team) => (team.slug ? [team.slug] : [])),
  };
}

export async function fetchPull(octokit: ProbotOctokit, repo: RepoRef, pullNumber: number): Promise<PullSnapshot> {
  const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: pullNumber });
  return pullSnapshotOf(data);
}
