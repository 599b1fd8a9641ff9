// collect, publish: the digest's port (digest/digest-github.ts) over an installation's Octokit —
// the REST routes the digest reads and writes, with the server's retry and throttling, the
// truncated-tree walk and size guard of branch-tree.ts, and the review's config reader.
import type { DigestGitHub } from '../digest/digest-github.js';
import { appIdentityOf } from './bot-login.js';
import { readBranchTree } from './branch-tree.js';
import { checkRunName } from './check-run.js';
import { httpStatusOf } from './http-status.js';
import { loadRepoConfig } from './repo-config.js';
import type { GitHub } from './rest-types.js';

export function digestGitHubOf(octokit: GitHub): DigestGitHub {
  return {
    repositories: () => octokit.paginate(octokit.rest.apps.listReposAccessibleToInstallation, { per_page: 100 }),
    readConfig: async (repo) => {
      // The reader Probot's `context.config` uses, on the repository's default branch; a read that
      // fails for another reason than the file (an outage) is still this repository's problem only.
      const read = async (fileName: string) => (await octokit.config.get({ owner: repo.owner, repo: repo.repo, path: `.github/${fileName}` })).config;
      try {
        const outcome = await loadRepoConfig(read);
        return outcome.ok ? outcome : { ok: false, message: `${repo.fullName}:${outcome.message}` };
      } catch (error) {
        return { ok: false, message: `${repo.fullName}:.github/api-review.yml: ${error instanceof Error ? error.message : String(error)}` };
      }
    },
    appIdentity: () => appIdentityOf(octokit),
    pullRequestsByUpdate: (repo) =>
      pagesOf(octokit.paginate.iterator(octokit.rest.pulls.list, { owner: repo.owner, repo: repo.repo, state: 'all', sort: 'updated', direction: 'desc', per_page: 100 })),
    pullFiles: (repo, pullNumber) => pagesOf(octokit.paginate.iterator(octokit.rest.pulls.listFiles, { owner: repo.owner, repo: repo.repo, pull_number: pullNumber, per_page: 100 })),
    pullCommits: async function* (repo, pullNumber) {
      for await (const { data } of octokit.paginate.iterator(octokit.rest.pulls.listCommits, { owner: repo.owner, repo: repo.repo, pull_number: pullNumber, per_page: 100 })) {
        yield data.map((commit) => commit.sha);
      }
    },
    reviewRuns: async (repo, sha, app, which) => {
      const { data } = await octokit.rest.checks.listForRef({ owner: repo.owner, repo: repo.repo, ref: sha, check_name: checkRunName, app_id: app.id, filter: which, per_page: 100 });
      return data.check_runs;
    },
    branchCommit: async (repo) => {
      try {
        const { data } = await octokit.rest.git.getRef({ owner: repo.owner, repo: repo.repo, ref: `heads/${repo.defaultBranch}` });
        return data.object.sha;
      } catch (error) {
        // An empty repository has no branch to read: GitHub answers 404 or 409.
        const status = httpStatusOf(error);
        if (status === 404 || status === 409) return undefined;
        throw error;
      }
    },
    branchTree: (repo, limits) => readBranchTree(octokit, repo, limits),
    labelledIssues: (owner, repo, label) => pagesOf(octokit.paginate.iterator(octokit.rest.issues.listForRepo, { owner, repo, labels: label, state: 'all', per_page: 100 })),
    updateIssueBody: async (owner, repo, issueNumber, body) => {
      const { data } = await octokit.rest.issues.update({ owner, repo, issue_number: issueNumber, body });
      return { number: data.number, url: data.html_url };
    },
    createIssue: async (owner, repo, issue) => {
      const { data } = await octokit.rest.issues.create({ owner, repo, title: issue.title, body: issue.body, labels: [issue.label] });
      return { number: data.number, url: data.html_url };
    },
    ensureLabel: async (owner, repo, label) => {
      try {
        await octokit.rest.issues.getLabel({ owner, repo, name: label.name });
      } catch (error) {
        if (httpStatusOf(error) !== 404) throw error;
        await octokit.rest.issues.createLabel({ owner, repo, ...label });
      }
    },
  };
}

async function* pagesOf<T>(pages: AsyncIterable<{ data: T[] }>): AsyncIterable<T[]> {
  for await (const { data } of pages) yield data;
}
