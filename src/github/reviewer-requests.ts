// publish: ask people to look when the contract breaks — once per pull request. Whoever was
// requested before (by anyone), already reviewed, or was removed by a person is not asked again;
// the timeline is the only record of the last two, so it is read only when someone is left to ask.
import type { ProbotOctokit } from 'probot';
import type { ReviewConfig } from '../config/config-schema.js';
import type { Owners } from './codeowners.js';
import type { PullSnapshot } from './pull-request.js';
import type { RepoRef } from './repo-ref.js';

export interface ReviewerRequest {
  users: string[];
  teams: string[];
}

/** Config users and teams (`org/team` or `team`) plus code owners, minus the author and who is requested now. */
export function wantedReviewers(config: ReviewConfig['breaking']['reviewers'], codeOwners: Owners, pull: PullSnapshot): ReviewerRequest {
  const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
  const users = unique([...config.users.map((user) => user.replace(/^@/, '')), ...codeOwners.users]).filter(
    (user) => !same(user, pull.author) && !pull.requestedUsers.some((requested) => same(requested, user)),
  );
  const teams = unique([...config.teams.map((team) => team.split('/').at(-1) ?? team), ...codeOwners.teams]).filter(
    (team) => !pull.requestedTeams.some((requested) => same(requested, team)),
  );
  return { users, teams };
}

export type TimelineEvent = Awaited<ReturnType<ProbotOctokit['rest']['issues']['listEventsForTimeline']>>['data'][number];

/** Every page of the pull request's timeline. */
export function readTimeline(octokit: ProbotOctokit, repo: RepoRef, pullNumber: number): Promise<TimelineEvent[]> {
  return octokit.paginate(octokit.rest.issues.listEventsForTimeline, { ...repo, issue_number: pullNumber, per_page: 100 });
}

/** Drops everyone the timeline shows as requested, reviewed or removed before. */
export function notAskedBefore(events: readonly TimelineEvent[], wanted: ReviewerRequest): ReviewerRequest {
  const seenUsers = new Set<string>();
  const seenTeams = new Set<string>();
  for (const event of events) {
    if (!('event' in event)) continue;
    if (event.event === 'reviewed' && 'user' in event && event.user) seenUsers.add(event.user.login.toLowerCase());
    if ((event.event === 'review_requested' || event.event === 'review_request_removed') && 'requested_reviewer' in event) {
      if (event.requested_reviewer) seenUsers.add(event.requested_reviewer.login.toLowerCase());
      if ('requested_team' in event && event.requested_team) seenTeams.add(event.requested_team.slug.toLowerCase());
    }
  }
  return {
    users: wanted.users.filter((user) => !seenUsers.has(user.toLowerCase())),
    teams: wanted.teams.filter((team) => !seenTeams.has(team.toLowerCase())),
  };
}

export async function requestReviewers(octokit: ProbotOctokit, repo: RepoRef, pullNumber: number, request: ReviewerRequest): Promise<void> {
  await octokit.rest.pulls.requestReviewers({ ...repo, pull_number: pullNumber, reviewers: request.users, team_reviewers: request.teams });
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((value) => value !== ''))];
}
