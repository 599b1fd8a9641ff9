// digest (publish): one issue per ISO week, found again by its exact title among the issues that
// carry the digest label (open or closed), updated in place, never duplicated. GitHub is the
// only state, so any replica or an external `api-review digest` run can do this safely.
import { fitText, githubLimits } from '../github/text-budget.js';
import type { DigestGitHub } from './digest-github.js';
import type { IssueListItem } from '../github/rest-types.js';

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

export async function upsertDigestIssue(github: DigestGitHub, whole: DigestIssue): Promise<UpsertOutcome> {
  // Spec names and findings of many pull requests make the body: within GitHub's limit by construction.
  const issue = { ...whole, body: fitText(whole.body, { maxBytes: githubLimits.issueBody, seeAlso: 'the `API Review` check runs of the pull requests listed' }) };
  const [owner, repo] = splitRepo(issue.destination);
  const existing = await findDigestIssue(github, owner, repo, issue);
  if (existing) return { action: 'updated', ...(await github.updateIssueBody(owner, repo, existing.number, issue.body)) };
  // The label is the lookup key: an issue created without it would never be found again and the
  // next run would open a second one. So the label is created first when the repository lacks it.
  await github.ensureLabel(owner, repo, { name: issue.label, color: '0e8a16', description: 'Weekly API governance digest (API Review Bot)' });
  return { action: 'created', ...(await github.createIssue(owner, repo, { title: issue.title, body: issue.body, label: issue.label })) };
}

async function findDigestIssue(github: DigestGitHub, owner: string, repo: string, issue: DigestIssue): Promise<IssueListItem | undefined> {
  const matches: IssueListItem[] = [];
  for await (const page of github.labelledIssues(owner, repo, issue.label)) {
    // The issues API lists pull requests too.
    matches.push(...page.filter((item) => item.title === issue.title && !item.pull_request));
  }
  // Should two replicas ever have raced to create the week's issue, the oldest one is kept up to date.
  return matches.sort((a, b) => a.number - b.number)[0];
}

export function splitRepo(fullName: string): [string, string] {
  const [owner, repo, ...rest] = fullName.split('/');
  if (!owner || !repo || rest.length > 0) throw new Error(`digest.repo "${fullName}" is not owner/name`);
  return [owner, repo];
}
