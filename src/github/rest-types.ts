// collect/publish: the installation Octokit Probot hands out and the REST payload types read
// through it, named once here so code outside src/github never imports probot or @octokit.
import type { ProbotOctokit } from 'probot';

export type GitHub = ProbotOctokit;

type Data<F extends (...args: never[]) => Promise<{ data: unknown }>> = Awaited<ReturnType<F>>['data'];

export type PullRequestListItem = Data<GitHub['rest']['pulls']['list']>[number];
export type CheckRunItem = Data<GitHub['rest']['checks']['listForRef']>['check_runs'][number];
export type InstallationRepository = Data<GitHub['rest']['apps']['listReposAccessibleToInstallation']>['repositories'][number];
export type IssueListItem = Data<GitHub['rest']['issues']['listForRepo']>[number];
