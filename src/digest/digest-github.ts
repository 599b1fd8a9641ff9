// digest (collect, publish): everything the digest asks of GitHub, as a port (the shape of
// commands/command-deps.ts). src/github/digest-github-of.ts implements it over an installation's
// Octokit, so the digest holds no client, builds no REST route and reads no config by itself.
import type { AppIdentity } from '../commands/app-authored.js';
import type { ConfigOutcome } from '../config/parse-config.js';
import type { Limits } from '../config/config-schema.js';
import type { BranchTree } from '../github/branch-tree.js';
import type { CheckRunItem, InstallationRepository, IssueListItem, PullRequestListItem } from '../github/rest-types.js';
import type { InstalledRepo } from '../github/repo-ref.js';

export interface ChangedFileName {
  filename: string;
  previous_filename?: string;
}

export interface PostedIssue {
  number: number;
  url: string;
}

export interface DigestGitHub {
  /** The installation's repositories (archived ones included: the plan decides). */
  repositories(): Promise<InstallationRepository[]>;
  /** The repository's `.github/api-review.yml` from its default branch, `_extends` followed, validated. */
  readConfig(repo: InstalledRepo): Promise<ConfigOutcome>;
  /** The App itself: only its own check runs count. */
  appIdentity(): Promise<AppIdentity>;
  /** Pull requests, most recently updated first, page by page: the caller stops when it has read enough. */
  pullRequestsByUpdate(repo: InstalledRepo): AsyncIterable<PullRequestListItem[]>;
  /** A pull request's changed files, page by page. */
  pullFiles(repo: InstalledRepo, pullNumber: number): AsyncIterable<ChangedFileName[]>;
  /** A pull request's commit SHAs, oldest first, page by page. */
  pullCommits(repo: InstalledRepo, pullNumber: number): AsyncIterable<string[]>;
  /** The App's `API Review` check runs on a commit: the latest one per suite, or all of them. */
  reviewRuns(repo: InstalledRepo, sha: string, app: AppIdentity, which: 'latest' | 'all'): Promise<CheckRunItem[]>;
  /** The default branch's commit; `undefined` for an empty repository. */
  branchCommit(repo: InstalledRepo): Promise<string | undefined>;
  /** The default branch's file listing and a file source over its blobs (size-guarded). */
  branchTree(repo: InstalledRepo, limits: Pick<Limits, 'bytes_per_file' | 'files_per_review'>): Promise<BranchTree>;
  /** Issues and pull requests carrying a label, open or closed, page by page. */
  labelledIssues(owner: string, repo: string, label: string): AsyncIterable<IssueListItem[]>;
  updateIssueBody(owner: string, repo: string, issueNumber: number, body: string): Promise<PostedIssue>;
  createIssue(owner: string, repo: string, issue: { title: string; body: string; label: string }): Promise<PostedIssue>;
  /** Creates the label unless the repository has it already. */
  ensureLabel(owner: string, repo: string, label: { name: string; color: string; description: string }): Promise<void>;
}
