// digest (assess): which digest issues an installation gets, and which repositories each may
// report on. A digest is data about a repository written into another one, so every step needs
// consent: a repository is reported only when its own config enables the digest, a central
// `digest.repo` receives only when it enables the digest itself, belongs to the same owner, and
// is no more widely readable than any repository it reports on. Anything refused is said, with
// the reason, in `refusals` (for logs: naming a private repository in a digest would leak it). Pure.
import type { ReviewConfig } from '../config/config-schema.js';
import type { InstalledRepo, RepoVisibility } from '../github/repo-ref.js';

export interface ConfiguredRepo {
  repo: InstalledRepo;
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

export interface DigestPlan {
  targets: DigestTarget[];
  /** One sentence per opted-in repository left out, naming it and why. */
  refusals: string[];
}

export function planDigestTargets(repos: readonly ConfiguredRepo[]): DigestPlan {
  const sorted = [...repos].sort((a, b) => a.repo.fullName.localeCompare(b.repo.fullName));
  const byName = new Map(sorted.map((entry) => [key(entry.repo.fullName), entry]));
  const covers = new Map<string, ConfiguredRepo[]>();
  const refusals: string[] = [];
  for (const entry of sorted.filter((candidate) => candidate.config.digest.enabled)) {
    const named = entry.config.digest.repo ?? entry.repo.fullName;
    const destination = byName.get(key(named));
    const refusal = destination === undefined ? 'it is not a repository this App can read' : refusalOf(entry, destination);
    if (refusal !== undefined || destination === undefined) {
      refusals.push(`${entry.repo.fullName}: digest.repo ${named} is not used: ${refusal ?? ''}`);
      continue;
    }
    const destinationKey = key(destination.repo.fullName);
    covers.set(destinationKey, [...(covers.get(destinationKey) ?? []), entry]);
  }
  const targets = [...covers.entries()].flatMap(([destinationKey, covered]) => {
    const destination = byName.get(destinationKey);
    if (destination === undefined) return [];
    // The destination owns the issue, so its own config decides the label and the schedule.
    const { label, schedule } = destination.config.digest;
    return [{ destination: destination.repo.fullName, label, schedule, covers: covered }];
  });
  return { targets: targets.sort((a, b) => a.destination.localeCompare(b.destination)), refusals };
}

/** Why `entry` may not be reported in `destination`'s digest, or `undefined` when it may. */
function refusalOf(entry: ConfiguredRepo, destination: ConfiguredRepo): string | undefined {
  if (entry === destination) return undefined;
  const own = destination.config.digest;
  if (!own.enabled) return `${destination.repo.fullName} has not opted in (its own digest.enabled is not true)`;
  if (own.repo !== null && key(own.repo) !== key(destination.repo.fullName)) {
    return `${destination.repo.fullName} sends its own digest to ${own.repo}`;
  }
  if (key(entry.repo.owner) !== key(destination.repo.owner)) return 'it belongs to another owner';
  const reported = entry.repo.visibility ?? 'unknown';
  const receiving = destination.repo.visibility ?? 'unknown';
  if (readership(receiving, 'destination') > readership(reported, 'reported')) {
    return `${entry.repo.fullName} is ${reported} and ${destination.repo.fullName} is ${receiving}`;
  }
  return undefined;
}

/**
 * How widely a repository can be read: public (anyone) > internal (the enterprise) > private.
 * An unknown visibility is the worst case for its role: private when reported, public when receiving.
 */
function readership(visibility: RepoVisibility, role: 'destination' | 'reported'): number {
  if (visibility === 'unknown') return role === 'destination' ? 2 : 0;
  return { private: 0, internal: 1, public: 2 }[visibility];
}

function key(name: string): string {
  return name.toLowerCase();
}
