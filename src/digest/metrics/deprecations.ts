// digest (metrics): deprecated operations and parameters on the default branch and their
// `x-sunset` dates — those due within the next 30 days and those already past due (still in the
// spec after the date their clients were promised), each linked to its line. Calendar days in
// UTC, as the diff engine compares them.
import { formatDay, parseSunset, todayOf } from '../../diff/sunset-date.js';
import type { SourceLocation } from '../../specs/source-location.js';
import type { SpecSnapshot } from '../digest-facts.js';
import { specLineUrl } from '../spec-line-url.js';

export interface DeprecatedOperation {
  repo: string;
  spec: string;
  /** The line that deprecates it, at the commit the digest read. */
  url: string;
  operation: string;
  /** Set when a parameter of the operation is deprecated, not the operation (`query limit`). */
  parameter?: string;
  sunset: string;
  /** Negative when past due. */
  daysLeft: number;
}

export interface Deprecations {
  /** Deprecated operations. */
  deprecated: number;
  /** Deprecated parameters of operations that are not deprecated themselves. */
  deprecatedParameters: number;
  dueSoon: DeprecatedOperation[];
  pastDue: DeprecatedOperation[];
  /** Deprecated with no (readable) `x-sunset`: clients cannot plan. */
  withoutSunset: number;
}

export const dueSoonDays = 30;

interface Deprecated {
  operation: string;
  parameter?: string;
  sunset: string | undefined;
  source: SourceLocation;
}

export function deprecations(specs: readonly SpecSnapshot[], now: Date): Deprecations {
  const today = todayOf(now);
  const result: Deprecations = { deprecated: 0, deprecatedParameters: 0, dueSoon: [], pastDue: [], withoutSunset: 0 };
  for (const spec of specs) {
    for (const item of deprecatedIn(spec)) {
      if (item.parameter === undefined) result.deprecated += 1;
      else result.deprecatedParameters += 1;
      const day = parseSunset(item.sunset);
      if (day === undefined) {
        result.withoutSunset += 1;
        continue;
      }
      const entry: DeprecatedOperation = {
        repo: spec.repo,
        spec: spec.path,
        url: specLineUrl(spec.blobBase, item.source),
        operation: item.operation,
        ...(item.parameter === undefined ? {} : { parameter: item.parameter }),
        sunset: formatDay(day),
        daysLeft: day - today,
      };
      if (day < today) result.pastDue.push(entry);
      else if (day <= today + dueSoonDays) result.dueSoon.push(entry);
    }
  }
  result.dueSoon.sort((a, b) => a.daysLeft - b.daysLeft);
  result.pastDue.sort((a, b) => a.daysLeft - b.daysLeft);
  return result;
}

/** A deprecated operation stands for its parameters: they go when it goes. */
function deprecatedIn(spec: SpecSnapshot): Deprecated[] {
  return spec.operations.flatMap((record): Deprecated[] =>
    record.deprecated
      ? [{ operation: record.operation, sunset: record.sunset, source: record.source }]
      : record.deprecatedParameters.map((parameter) => ({ operation: record.operation, parameter: parameter.parameter, sunset: parameter.sunset, source: parameter.source })),
  );
}
