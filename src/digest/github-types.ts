// digest (collect): the repositories the digest covers, as it needs them. The client and REST
// payload types are src/github's (the installation Octokit), re-exported for the digest's modules.
import type { InstallationRepository } from '../github/rest-types.js';

export type { CheckRunItem, GitHub, InstallationRepository, IssueListItem, PullRequestListItem } from '../github/rest-types.js';

/** A covered repository, as the digest needs it. */
export interface RepoRef {
  owner: string;
  name: string;
  /** `owner/name`. */
  fullName: string;
  defaultBranch: string;
  htmlUrl: string;
  /** Who can read it; decides which digests may report on it. Absent or `unknown`: treated with care. */
  visibility?: RepoVisibility;
}

export type RepoVisibility = 'public' | 'internal' | 'private' | 'unknown';

export function repoRefOf(repository: InstallationRepository): RepoRef {
  return {
    owner: repository.owner.login,
    name: repository.name,
    fullName: repository.full_name,
    defaultBranch: repository.default_branch,
    htmlUrl: repository.html_url,
    visibility: visibilityOf(repository),
  };
}

/** GitHub's `visibility` where it says it (internal exists on Enterprise), else the `private` flag. */
function visibilityOf(repository: Pick<InstallationRepository, 'private' | 'visibility'>): RepoVisibility {
  const stated = repository.visibility;
  if (stated === 'public' || stated === 'internal' || stated === 'private') return stated;
  if (typeof repository.private === 'boolean') return repository.private ? 'private' : 'public';
  return 'unknown';
}
