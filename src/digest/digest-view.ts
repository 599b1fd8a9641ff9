// digest (render): the digest as the values the template shows — formatted numbers, capped link
// lists, and the chart series. Decisions about wording live in templates/digest.hbs.
import type { Digest } from './compute-digest.js';
import type { Period } from './digest-period.js';
import type { PullRequestRef } from './metrics/pull-request-ref.js';
import { contractFormatNames } from '../formats/contract-format.js';

export interface ViewOptions {
  /** Most links listed behind one number; the rest are counted ("and 4 more"). */
  linksPerNumber: number;
  /** Most specs listed in a table; the rest are counted. */
  rowsPerTable: number;
}

export interface LinkList {
  count: number;
  /** A pull request's link: `repo#number` (`#number` in a one-repository digest), split so the `#` is the template's. */
  links: { repo: string; number: number; url: string }[];
  more: number;
}

const defaultOptions: ViewOptions = { linksPerNumber: 20, rowsPerTable: 200 };

export function buildDigestView(digest: Digest, options: ViewOptions = defaultOptions) {
  const manyRepos = digest.repos.length > 1;
  const links = (refs: readonly PullRequestRef[]): LinkList => linkList(refs, manyRepos, options.linksPerNumber);
  const specName = (repo: string, spec: string): string => (manyRepos ? `${repo}/${spec}` : spec);
  const trend = digest.trend.map((week) => ({
    label: shortDay(week.period.start),
    range: dayRange(week.period),
    merged: links(week.merged),
    shipped: links(week.shipped),
    rate: percent(week.rate),
  }));
  return {
    title: digest.title,
    week: digest.week,
    period: periodText(digest.period),
    scope: manyRepos ? `${digest.repos.length} repositories` : (digest.repos[0] ?? 'no repository'),
    repos: manyRepos ? digest.repos : [],
    opened: links(digest.pullRequests.opened),
    merged: links(digest.pullRequests.merged),
    reviewToMerge: {
      median: digest.reviewToMerge.medianHours === null ? null : duration(digest.reviewToMerge.medianHours),
      samples: digest.reviewToMerge.samples,
    },
    breaking: {
      detected: digest.breaking.detected,
      accepted: digest.breaking.accepted,
      blocked: digest.breaking.blocked,
      pullRequests: links(digest.breaking.pullRequests),
      blockedPullRequests: links(digest.breaking.blockedPullRequests),
    },
    rate: {
      value: percent(digest.rate.rate),
      merged: digest.rate.merged,
      shipped: links(digest.rate.shipped),
      mergedUnaccepted: links(digest.rate.mergedUnaccepted),
      unreviewed: links(digest.rate.unreviewed),
    },
    formats: {
      rows: digest.formats.rows.map((row) => ({ ...row, name: contractFormatNames[row.format], pullRequests: links(row.pullRequests) })),
      unattributed: links(digest.formats.unattributed),
      trend: digest.formatTrend.map((week) => ({ range: dayRange(week.period), ...week.breakingChanges })),
    },
    chart: {
      labels: trend.map((week) => JSON.stringify(week.label)).join(', '),
      merged: digest.trend.map((week) => week.merged.length).join(', '),
      shipped: digest.trend.map((week) => week.shipped.length).join(', '),
      max: Math.max(1, ...digest.trend.map((week) => week.merged.length)),
    },
    trend,
    lint: digest.lint.slice(0, options.rowsPerTable).map((row) => ({ ...row, name: specName(row.repo, row.spec), share: percent(row.share) })),
    lintHidden: Math.max(0, digest.lint.length - options.rowsPerTable),
    topRules: digest.topRules,
    documentationHidden: Math.max(0, digest.documentation.length - options.rowsPerTable),
    documentation: digest.documentation.slice(0, options.rowsPerTable).map((row) => ({
      name: specName(row.repo, row.spec),
      url: row.url,
      operations: row.operations,
      summary: percent(row.summary),
      description: percent(row.description),
      errorResponses: percent(row.errorResponses),
      examples: percent(row.examples),
      complete: percent(row.complete),
    })),
    expiring: {
      acceptances: digest.expiring.acceptances.slice(0, options.rowsPerTable).map((entry) => ({ ...entry, expired: entry.daysLeft < 0, daysAgo: -entry.daysLeft })),
      ignores: digest.expiring.ignores.slice(0, options.rowsPerTable).map((entry) => ({ ...entry, expired: entry.daysLeft < 0, daysAgo: -entry.daysLeft })),
      lintOverrides: digest.expiring.lintOverrides.slice(0, options.rowsPerTable).map((entry) => ({ ...entry, expired: entry.daysLeft < 0, daysAgo: -entry.daysLeft })),
    },
    deprecations: {
      deprecated: digest.deprecations.deprecated,
      deprecatedParameters: digest.deprecations.deprecatedParameters,
      withoutSunset: digest.deprecations.withoutSunset,
      dueSoonCount: digest.deprecations.dueSoon.length,
      pastDueCount: digest.deprecations.pastDue.length,
      hidden: Math.max(0, digest.deprecations.dueSoon.length - options.rowsPerTable) + Math.max(0, digest.deprecations.pastDue.length - options.rowsPerTable),
      dueSoon: digest.deprecations.dueSoon.slice(0, options.rowsPerTable).map((entry) => ({ ...entry, name: specName(entry.repo, entry.spec) })),
      pastDue: digest.deprecations.pastDue.slice(0, options.rowsPerTable).map((entry) => ({ ...entry, name: specName(entry.repo, entry.spec), daysLate: -entry.daysLeft })),
    },
    hasSpecs: digest.documentation.length > 0,
    notes: digest.notes,
    generatedAt: digest.generatedAt,
  };
}

export type DigestView = ReturnType<typeof buildDigestView>;

function linkList(refs: readonly PullRequestRef[], withRepo: boolean, cap: number): LinkList {
  return {
    count: refs.length,
    links: refs.slice(0, cap).map((ref) => ({ repo: withRepo ? ref.repo : '', number: ref.number, url: ref.url })),
    more: Math.max(0, refs.length - cap),
  };
}

export function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

export function duration(hours: number): string {
  return hours < 48 ? `${hours.toFixed(1)} h` : `${(hours / 24).toFixed(1)} days`;
}

function periodText(period: Period): string {
  return `${minuteOf(period.start)} – ${minuteOf(period.end)} UTC`;
}

function dayRange(period: Period): string {
  return `${period.start.toISOString().slice(0, 10)} – ${period.end.toISOString().slice(0, 10)}`;
}

function minuteOf(date: Date): string {
  return date.toISOString().slice(0, 16).replace('T', ' ');
}

function shortDay(date: Date): string {
  return date.toISOString().slice(5, 10);
}
