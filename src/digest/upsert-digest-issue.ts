// digest (publish): one issue per ISO week, found again by its exact title among the issues that
// carry the digest label (open or closed), updated in place, never duplicated. GitHub is the
// only state, so any replica or an external `api-review digest` run can do this safely.
import { fitText, githubLimits } from '../github/text-budget.js';
import { httpStatusOf } from '../github/http-status.js';
import type { GitHub, IssueListItem } from './github-types.js';

export interface DigestIssue {
  /** `owner/name` of the receiving repository. */
  destination: string;
  title: string;
  label: string;
  body: string;
}

export interface UpsertOutcome {
  action: 'created' | 'updated';
  number: number;
  url: string;
}

export async function upsertDigestIssue(octokit: GitHub, whole: DigestIssue): Promise<UpsertOutcome> {
  // Spec names and findings of many pull requests make the body: within GitHub's limit by construction.
  const issue = { ...whole, body: fitText(whole.body, { maxBytes: githubLimits.issueBody, seeAlso: 'the `API Review` check runs of the pull requests listed' }) };
  const [owner, repo] = splitRepo(issue.destination);
  const existing = await findDigestIssue(octokit, owner, repo, issue);
  if (existing) {
    const { data } = await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, body: issue.body });
    return { action: 'updated', number: data.number, url: data.html_url };
  }
  await ensureLabel(octokit, owner, repo, issue.label);
  const { data } = await octokit.rest.issues.create({ owner, repo, title: issue.title, body: issue.body, labels: [issue.label] });
  return { action: 'created', number: data.number, url: data.html_url };
}

async function findDigestIssue(octokit: GitHub, owner: string, repo: string, issue: DigestIssue): Promise<IssueListItem | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, { owner, repo, labels: issue.label, state: 'all', per_page: 100 });
  const matches: IssueListItem[] = [];
  for await (const { data } of pages) {
    // The issues API lists pull requests too.
    matches.push(...data.filter((item) => item.title === issue.title && !item.pull_request));
  }
  // Should two replicas ever have raced to create the week's issue, the oldest one is kept up to date.
  return matches.sort((a, b) => a.number - b.number)[0];
}

/**
 * The label is the lookup key: an issue created without it would never be found again and the
 * next run would open a second one. So the label is created first when the repository lacks it.
 */
async function ensureLabel(octokit: GitHub, owner: string, repo: string, name: string): Promise<void> {
  try {
    await octokit.rest.issues.getLabel({ owner, repo, name });
  } catch (error) {
    if (httpStatusOf(error) !== 404) throw error;
    await octokit.rest.issues.createLabel({ owner, repo, name, color: '0e8a16', description: 'Weekly API governance digest (API Review Bot)' });
  }
}

export function splitRepo(fullName: string): [string, string] {
  const [owner, repo, ...rest] = fullName.split('/');
  if (!owner || !repo || rest.length > 0) throw new Error(`digest.repo "${fullName}" is not owner/name`);
  return [owner, repo];
}
