// digest (collect): the pull requests of one repository that matter to the digest — updated since
// the start of the trend — with the App's latest `API Review` check data and, for merges in the
// report week, when their first review started. A pull request touches specs when its review
// data names a spec (the App's own selection, which follows `$ref`s), or else when a changed
// file's name matches the spec globs. Only the App's own check runs count (the rule of
// src/github/own-check-run.ts): a workflow can create a run with the same name on any commit.
import type { AppIdentity } from '../commands/app-authored.js';
import { isOwnCheckRun } from '../github/own-check-run.js';
import { parseCheckData } from '../review/check-data.js';
import type { PullRequestFact, ReviewFact } from './digest-facts.js';
import { isWithin, type Period } from './digest-period.js';
import type { DigestGitHub } from './digest-github.js';
import type { InstalledRepo } from '../github/repo-ref.js';
import type { CheckRunItem, PullRequestListItem } from '../github/rest-types.js';

export interface PullRequestWindow {
  /** The trend's first day: pull requests created or merged since then are kept. */
  trend: Period;
  /** The report week: pull requests updated in it may have been reviewed in it. */
  week: Period;
}

export async function collectPullRequests(
  github: DigestGitHub,
  repo: InstalledRepo,
  isSpecName: (path: string) => boolean,
  window: PullRequestWindow,
): Promise<PullRequestFact[]> {
  const facts: PullRequestFact[] = [];
  const app = await github.appIdentity();
  for (const pull of await recentPullRequests(github, repo, window)) {
    const latest = newest((await github.reviewRuns(repo, pull.head.sha, app, 'latest')).filter((run) => isOwnCheckRun(run, app)));
    const review: ReviewFact | undefined = latest && { completedAt: latest.completed_at, data: parseCheckData(latest.output.text) };
    const touches = review?.data ? review.data.specs.length > 0 : await changesSpecFiles(github, repo, pull.number, isSpecName);
    if (!touches) continue;
    // Only merges of the report week feed the review-to-merge median: the commit scan is spent on those alone.
    const firstReviewAt = isWithin(pull.merged_at, window.week) ? ((await firstReviewStart(github, repo, pull.number, app)) ?? latest?.started_at ?? undefined) : undefined;
    facts.push({
      repo: repo.fullName,
      number: pull.number,
      title: pull.title,
      url: pull.html_url,
      createdAt: pull.created_at,
      mergedAt: pull.merged_at,
      review,
      firstReviewAt,
    });
  }
  return facts;
}

/** Newest-updated first, so the listing stops at the first page that reaches past the trend. */
async function recentPullRequests(github: DigestGitHub, repo: InstalledRepo, window: PullRequestWindow): Promise<PullRequestListItem[]> {
  const since = window.trend.start.getTime();
  const kept: PullRequestListItem[] = [];
  for await (const page of github.pullRequestsByUpdate(repo)) {
    for (const pull of page) {
      if (Date.parse(pull.updated_at) < since) return kept;
      const relevant = isWithin(pull.created_at, window.trend) || isWithin(pull.merged_at, window.trend) || isWithin(pull.updated_at, window.week);
      if (relevant) kept.push(pull);
    }
  }
  return kept;
}

async function changesSpecFiles(github: DigestGitHub, repo: InstalledRepo, pullNumber: number, isSpecName: (path: string) => boolean): Promise<boolean> {
  for await (const page of github.pullFiles(repo, pullNumber)) {
    if (page.some((file) => isSpecName(file.filename) || (file.previous_filename !== undefined && isSpecName(file.previous_filename)))) return true;
  }
  return false;
}

/**
 * The first review is on the oldest commit that has an `API Review` check run; commits come
 * oldest first, so the scan stops there. Commits dropped by a force-push are no longer listed.
 */
async function firstReviewStart(github: DigestGitHub, repo: InstalledRepo, pullNumber: number, app: AppIdentity): Promise<string | undefined> {
  for await (const shas of github.pullCommits(repo, pullNumber)) {
    for (const sha of shas) {
      const runs = await github.reviewRuns(repo, sha, app, 'all');
      const starts = runs.filter((run) => isOwnCheckRun(run, app)).map((run) => run.started_at).filter((start): start is string => Boolean(start));
      if (starts.length > 0) return starts.sort()[0];
    }
  }
  return undefined;
}

function newest(runs: CheckRunItem[]): CheckRunItem | undefined {
  return [...runs].sort((a, b) => (b.started_at ?? '').localeCompare(a.started_at ?? '') || b.id - a.id)[0];
}
