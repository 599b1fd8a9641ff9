// digest (metrics): breaking changes per contract format in each of the last eight weeks, by the
// week each pull request's latest review completed — the trend beside the week's breakdown.
import type { ContractFormat } from '../../formats/contract-format.js';
import type { PullRequestFact } from '../digest-facts.js';
import type { Period } from '../digest-period.js';
import { formatBreakdown } from './format-breakdown.js';

export interface FormatTrendWeek {
  period: Period;
  breakingChanges: Record<ContractFormat, number>;
}

export function formatTrend(pulls: readonly PullRequestFact[], weeks: readonly Period[]): FormatTrendWeek[] {
  return weeks.map((period) => {
    const rows = formatBreakdown(pulls, period).rows;
    const breakingChanges = Object.fromEntries(rows.map((row) => [row.format, row.breakingChanges])) as Record<ContractFormat, number>;
    return { period, breakingChanges };
  });
}
