// digest (metrics): the deprecation calendar's exceptions — acceptances of breaking changes on open
// pull requests (`--until`), `breaking.ignore` entries and `lint.overrides` (`expires`) that end within 30 days or
// already ended, so whoever granted them decides again before the gate closes on its own.
import { daysUntil, parseIsoDate } from '../../review/expiry-date.js';
import { describeLintOverride } from '../../lint/index.js';
import type { DigestFacts } from '../digest-facts.js';

export interface ExpiringAcceptance {
  repo: string;
  number: number;
  url: string;
  user: string;
  reason: string;
  until: string;
  /** Negative once expired. */
  daysLeft: number;
}

export interface ExpiringIgnore {
  repo: string;
  /** The entry in one line (`id: …, operation: …`). */
  entry: string;
  reason: string;
  expires: string;
  daysLeft: number;
}

export interface ExpiringExceptions {
  acceptances: ExpiringAcceptance[];
  ignores: ExpiringIgnore[];
  /** `lint.overrides`, in the same shape (`entry` is `rule: …, paths: …`). */
  lintOverrides: ExpiringIgnore[];
}

export const expiringWithinDays = 30;

export function expiringExceptions(facts: Pick<DigestFacts, 'pullRequests' | 'ignores' | 'lintOverrides'>, now: Date): ExpiringExceptions {
  const within = (date: string): number | undefined => {
    const day = parseIsoDate(date);
    const left = day === undefined ? undefined : daysUntil(day, now);
    return left !== undefined && left <= expiringWithinDays ? left : undefined;
  };
  const acceptances: ExpiringAcceptance[] = [];
  for (const pull of facts.pullRequests.filter((fact) => fact.mergedAt === null)) {
    for (const acceptance of pull.review?.data?.acceptances ?? []) {
      const daysLeft = acceptance.until === undefined ? undefined : within(acceptance.until);
      if (daysLeft === undefined || acceptance.until === undefined) continue;
      acceptances.push({ repo: pull.repo, number: pull.number, url: pull.url, user: acceptance.user, reason: acceptance.reason, until: acceptance.until, daysLeft });
    }
  }
  const ignores: ExpiringIgnore[] = [];
  for (const { repo, entries } of facts.ignores ?? []) {
    for (const entry of entries) {
      const daysLeft = entry.expires === undefined ? undefined : within(entry.expires);
      if (daysLeft === undefined || entry.expires === undefined) continue;
      const named = ([['id', entry.id], ['operation', entry.operation], ['path', entry.path]] as const).flatMap(([key, value]) => (value === undefined ? [] : [`${key}: ${value}`]));
      ignores.push({ repo, entry: named.join(', '), reason: entry.reason, expires: entry.expires, daysLeft });
    }
  }
  const lintOverrides: ExpiringIgnore[] = [];
  for (const { repo, entries } of facts.lintOverrides ?? []) {
    for (const override of entries) {
      const daysLeft = override.expires === undefined ? undefined : within(override.expires);
      if (daysLeft === undefined || override.expires === undefined) continue;
      lintOverrides.push({ repo, entry: describeLintOverride(override), reason: override.reason, expires: override.expires, daysLeft });
    }
  }
  const soonestFirst = (a: { daysLeft: number }, b: { daysLeft: number }): number => a.daysLeft - b.daysLeft;
  return { acceptances: acceptances.sort(soonestFirst), ignores: ignores.sort(soonestFirst), lintOverrides: lintOverrides.sort(soonestFirst) };
}
