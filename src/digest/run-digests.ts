// digest: the job the scheduler and `api-review digest` both run for one installation — read the
// configs, plan the digest issues, and for each gather, compute, render and upsert.
import { computeDigest } from './compute-digest.js';
import { gatherDigestFacts } from './gather-digest-facts.js';
import type { DigestGitHub } from './digest-github.js';
import { installedRepoOf } from '../github/repo-ref.js';
import { planDigestTargets, type ConfiguredRepo, type DigestTarget } from './plan-digest-targets.js';
import { renderDigest } from './render-digest.js';
import { upsertDigestIssue, type UpsertOutcome } from './upsert-digest-issue.js';

export interface DigestRunOptions {
  now: Date;
  /** Only the digest sent to this repository (`owner/name`); every planned digest otherwise. */
  destination?: string;
  /**
   * Hears what was left out and why (unreadable configs, refused `digest.repo`). These go to the
   * operator's log, never into an issue: they may name repositories the issue's readers cannot see.
   */
  report?: (problem: string) => void;
}

export type DigestOutcome =
  | ({ destination: string; title: string; ok: true } & UpsertOutcome)
  | { destination: string; title: string; ok: false; error: string };

export interface InstallationPlan {
  targets: DigestTarget[];
  /** Repositories whose config could not be read or is invalid, and refused `digest.repo` requests. */
  problems: string[];
}

/** Reads every repository's config and plans the installation's digests. */
export async function planInstallation(github: DigestGitHub): Promise<InstallationPlan> {
  const repositories = await github.repositories();
  const configured: ConfiguredRepo[] = [];
  const problems: string[] = [];
  // Archived repositories no longer change: their specs would only repeat last year's numbers.
  for (const repository of repositories.filter((item) => !item.archived)) {
    const repo = installedRepoOf(repository);
    const outcome = await github.readConfig(repo);
    if (outcome.ok) configured.push({ repo, config: outcome.config });
    else problems.push(`${outcome.message} (left out of the digest)`);
  }
  const { targets, refusals } = planDigestTargets(configured);
  return { targets, problems: [...problems, ...refusals] };
}

export async function runInstallationDigests(github: DigestGitHub, options: DigestRunOptions): Promise<DigestOutcome[]> {
  const plan = await planInstallation(github);
  for (const problem of plan.problems) options.report?.(problem);
  const targets = plan.targets.filter((target) => options.destination === undefined || target.destination.toLowerCase() === options.destination.toLowerCase());
  const outcomes: DigestOutcome[] = [];
  for (const target of targets) {
    outcomes.push(await runDigestTarget(github, target, options.now));
  }
  return outcomes;
}

export async function runDigestTarget(github: DigestGitHub, target: DigestTarget, now: Date): Promise<DigestOutcome> {
  const facts = await gatherDigestFacts(github, target.covers, now);
  const digest = computeDigest(facts, now);
  try {
    const outcome = await upsertDigestIssue(github, { destination: target.destination, title: digest.title, label: target.label, body: renderDigest(digest) });
    return { destination: target.destination, title: digest.title, ok: true, ...outcome };
  } catch (error) {
    return { destination: target.destination, title: digest.title, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
