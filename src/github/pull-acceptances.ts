// assess (App side): the acceptances in force on a pull request, derived by the slash-command
// module from the comments already listed for the summary comment; label events are read only
// when label acceptance is configured.
import type { ProbotOctokit } from 'probot';
import { deriveAcceptances, type LabelEvent } from '../commands/derive-acceptances.js';
import type { AppIdentity } from '../commands/app-authored.js';
import type { ReviewConfig } from '../config/config-schema.js';
import type { Acceptance } from '../review/review.js';
import { markerKey } from './marker-key.js';
import { isTeamMember, permissionOf } from './repo-permissions.js';
import type { RepoRef } from './repo-ref.js';
import type { IssueComment } from './sticky-comment.js';

export interface AcceptanceInput {
  comments: readonly IssueComment[];
  app: AppIdentity;
  config: ReviewConfig;
  pullNumber: number;
  pullRequestUrl: string;
}

export async function pullAcceptances(octokit: ProbotOctokit, repo: RepoRef, input: AcceptanceInput): Promise<Acceptance[]> {
  const labelEvents = input.config.accept.label === null ? undefined : await listLabelEvents(octokit, repo, input.pullNumber);
  return deriveAcceptances({
    comments: input.comments,
    botLogin: input.app.login,
    appId: input.app.id,
    markerKey: markerKey(),
    config: input.config,
    ...(labelEvents ? { labelEvents } : {}),
    pullRequestUrl: input.pullRequestUrl,
    permissionOf: (login) => permissionOf(octokit, repo, login),
    isApproverTeamMember: (login) => isTeamMember(octokit, repo.owner, input.config.accept.teams, login),
  });
}

async function listLabelEvents(octokit: ProbotOctokit, repo: RepoRef, issueNumber: number): Promise<LabelEvent[]> {
  const events = await octokit.paginate(octokit.rest.issues.listEvents, { ...repo, issue_number: issueNumber, per_page: 100 });
  return events.map((event) => ({
    id: event.id,
    event: event.event,
    label: 'label' in event && event.label ? { name: event.label.name } : null,
    actor: event.actor ? { login: event.actor.login } : null,
    created_at: event.created_at,
  }));
}
