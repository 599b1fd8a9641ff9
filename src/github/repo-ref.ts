// publish/collect: the repository a GitHub call is about, as every REST route names it, and a
// repository of an installation as the digest covers it (the same reference, with what the
// installation listing says about it).
import type { InstallationRepository } from './rest-types.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

/** A repository of the installation: its default branch, its page and who may read it. */
export interface InstalledRepo extends RepoRef {
  /** `owner/name`. */
  fullName: string;
  defaultBranch: string;
  htmlUrl: string;
  /** Who can read it; decides which digests may report on it. Absent or `unknown`: treated with care. */
  visibility?: RepoVisibility;
}

export type RepoVisibility = 'public' | 'internal' | 'private' | 'unknown';

export function installedRepoOf(repository: InstallationRepository): InstalledRepo {
  return {
    owner: repository.owner.login,
    repo: repository.name,
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
