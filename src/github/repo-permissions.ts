// collect: who may accept a breaking change — a user's role on the repository and membership of
// the approver teams (config `accept.teams`), asked fresh on every review and command.
import type { ProbotOctokit } from 'probot';
import type { RepoPermission } from '../commands/command-deps.js';
import { httpStatusOf } from './http-status.js';
import type { RepoRef } from './repo-ref.js';

const roles: ReadonlySet<string> = new Set(['admin', 'maintain', 'write', 'triage', 'read', 'none']);

export async function permissionOf(octokit: ProbotOctokit, repo: RepoRef, login: string): Promise<RepoPermission> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
    // `role_name` names maintain and triage; a custom role falls back to the base `permission`.
    const role = data.role_name && roles.has(data.role_name) ? data.role_name : data.permission;
    return (roles.has(role) ? role : 'none') as RepoPermission;
  } catch (error) {
    if (httpStatusOf(error) === 404) return 'none';
    throw error;
  }
}

/** Teams are `org/team` or `team` (of the repository's owner). */
export async function isTeamMember(octokit: ProbotOctokit, owner: string, teams: readonly string[], login: string): Promise<boolean> {
  for (const team of teams) {
    const [org, slug] = team.includes('/') ? team.split('/', 2) : [owner, team];
    if (!org || !slug) continue;
    try {
      const { data } = await octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: login });
      if (data.state === 'active') return true;
    } catch (error) {
      if (httpStatusOf(error) !== 404) throw error;
    }
  }
  return false;
}
