// digest (metrics): deprecated operations on the default branch and their `x-sunset` dates —
// those due within the next 30 days and those already past due (still in the spec after the
// date their clients were promised). Calendar days in UTC, as the diff engine compares them.
import { formatDay, parseSunset, todayOf } from '../../diff/sunset-date.js';
import type { SpecSnapshot } from '../digest-facts.js';

export interface DeprecatedOperation {
  repo: string;
  spec: string;
  url: string;
  operation: string;
  sunset: string;
  /** Negative when past due. */
  daysLeft: number;
}

export interface Deprecations {
  deprecated: number;
  dueSoon: DeprecatedOperation[];
  pastDue: DeprecatedOperation[];
  /** Deprecated with no (readable) `x-sunset`: clients cannot plan. */
  withoutSunset: number;
}

export const dueSoonDays = 30;

export function deprecations(specs: readonly SpecSnapshot[], now: Date): Deprecations {
  const today = todayOf(now);
  const result: Deprecations = { deprecated: 0, dueSoon: [], pastDue: [], withoutSunset: 0 };
  for (const spec of specs) {
    for (const record of spec.operations.filter((operation) => operation.deprecated)) {
      result.deprecated += 1;
      const day = parseSunset(record.sunset);
      if (day === undefined) {
        result.withoutSunset += 1;
        continue;
      }
      const entry = { repo: spec.repo, spec: spec.path, url: spec.url, operation: record.operation, sunset: formatDay(day), daysLeft: day - today };
      if (day < today) result.pastDue.push(entry);
      else if (day <= today + dueSoonDays) result.dueSoon.push(entry);
    }
  }
  result.dueSoon.sort((a, b) => a.daysLeft - b.daysLeft);
  result.pastDue.sort((a, b) => a.daysLeft - b.daysLeft);
  return result;
}
