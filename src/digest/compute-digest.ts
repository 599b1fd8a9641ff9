// digest (assess): every metric of one digest from the collected facts and the run time. Pure:
// the same facts and time give the same digest.
import type { DigestFacts } from './digest-facts.js';
import { reportWeek, trendWeeks, type Period } from './digest-period.js';
import { digestTitle } from './digest-title.js';
import { isoWeekLabel } from './iso-week.js';
import { breakingChangeRate, type BreakingChangeRate } from './metrics/breaking-change-rate.js';
import { countBreakingChanges, type BreakingChanges } from './metrics/breaking-changes.js';
import { deprecations, type Deprecations } from './metrics/deprecations.js';
import { formatBreakdown, type FormatBreakdown } from './metrics/format-breakdown.js';
import { formatTrend, type FormatTrendWeek } from './metrics/format-trend.js';
import { expiringExceptions, type ExpiringExceptions } from './metrics/expiring-exceptions.js';
import { documentationCompleteness, type DocumentationCompleteness } from './metrics/documentation-completeness.js';
import { lintCompliance, type LintCompliance } from './metrics/lint-compliance.js';
import { reviewToMerge, type ReviewToMerge } from './metrics/review-to-merge.js';
import { countSpecPullRequests, type SpecPullRequests } from './metrics/spec-pull-requests.js';
import { topRules, type RuleCount } from './metrics/top-rules.js';
import { weeklyTrend, type TrendWeek } from './metrics/weekly-trend.js';

export interface Digest {
  title: string;
  week: string;
  period: Period;
  generatedAt: string;
  repos: string[];
  pullRequests: SpecPullRequests;
  breaking: BreakingChanges;
  rate: BreakingChangeRate;
  formats: FormatBreakdown;
  formatTrend: FormatTrendWeek[];
  lint: LintCompliance[];
  documentation: DocumentationCompleteness[];
  deprecations: Deprecations;
  expiring: ExpiringExceptions;
  topRules: RuleCount[];
  reviewToMerge: ReviewToMerge;
  trend: TrendWeek[];
  notes: string[];
}

export function computeDigest(facts: DigestFacts, now: Date): Digest {
  const period = reportWeek(now);
  return {
    title: digestTitle(now),
    week: isoWeekLabel(now),
    period,
    generatedAt: now.toISOString(),
    repos: facts.repos,
    pullRequests: countSpecPullRequests(facts.pullRequests, period),
    breaking: countBreakingChanges(facts.pullRequests, period),
    rate: breakingChangeRate(facts.pullRequests, period),
    formats: formatBreakdown(facts.pullRequests, period),
    formatTrend: formatTrend(facts.pullRequests, trendWeeks(now)),
    lint: lintCompliance(facts.specs),
    documentation: documentationCompleteness(facts.specs),
    deprecations: deprecations(facts.specs, now),
    expiring: expiringExceptions(facts, now),
    topRules: topRules(facts.specs),
    reviewToMerge: reviewToMerge(facts.pullRequests, period),
    trend: weeklyTrend(facts.pullRequests, trendWeeks(now)),
    notes: facts.notes,
  };
}
