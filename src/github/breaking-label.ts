// publish: the breaking-change label (config `breaking.label`): added while the pull request
// breaks the contract, removed again once it no longer does. No call when nothing changes.
import type { ProbotOctokit } from 'probot';
import { httpStatusOf } from './http-status.js';
import type { RepoRef } from './repo-ref.js';

export type LabelWrite = 'added' | 'removed' | 'unchanged';

export async function syncBreakingLabel(
  octokit: ProbotOctokit,
  repo: RepoRef,
  issueNumber: number,
  current: readonly string[],
  label: string,
  breaking: boolean,
): Promise<LabelWrite> {
  const present = current.includes(label);
  if (breaking && !present) {
    // GitHub creates the label in the repository when it does not exist yet.
    await octokit.rest.issues.addLabels({ ...repo, issue_number: issueNumber, labels: [label] });
    return 'added';
  }
  if (!breaking && present) {
    try {
      await octokit.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name: label });
    } catch (error) {
      // Removed by someone else in the meantime: the goal is reached.
      if (httpStatusOf(error) !== 404) throw error;
    }
    return 'removed';
  }
  return 'unchanged';
}

