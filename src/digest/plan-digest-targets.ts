// digest (assess): which digest issues an installation gets. A repository whose config enables
// the digest gets its own, unless `digest.repo` names a central repository: that one gets a
// single digest covering every repository of the installation. Pure.
import type { ReviewConfig } from '../config/config-schema.js';
import type { RepoRef } from './github-types.js';

export interface ConfiguredRepo {
  repo: RepoRef;
  config: ReviewConfig;
}

export interface DigestTarget {
  /** The repository that receives the issue, `owner/name`. */
  destination: string;
  label: string;
  /** Cron, UTC. */
  schedule: string;
  /** The repositories the digest reports on, with their own configs (globs, ruleset, limits). */
  covers: ConfiguredRepo[];
}

export function planDigestTargets(repos: readonly ConfiguredRepo[]): DigestTarget[] {
  const targets = new Map<string, DigestTarget>();
  const sorted = [...repos].sort((a, b) => a.repo.fullName.localeCompare(b.repo.fullName));
  for (const entry of sorted) {
    const digest = entry.config.digest;
    if (!digest.enabled) continue;
    const destination = digest.repo ?? entry.repo.fullName;
    // Several repositories may name the same central repository; the first (by name) decides its settings.
    if (targets.has(destination.toLowerCase())) continue;
    targets.set(destination.toLowerCase(), {
      destination,
      label: digest.label,
      schedule: digest.schedule,
      covers: digest.repo ? sorted : [entry],
    });
  }
  return [...targets.values()];
}
