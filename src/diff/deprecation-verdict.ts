// analyze: how oasdiff judges an element that has just been deprecated, under the repository's
// notice period (`breaking.deprecation_days`). Operations, parameters and body properties share it.
import type { DeprecationDays } from './diff-context.js';
import type { StabilityLevel } from './stability-level.js';
import { formatDay, parseSunset, todayOf } from './sunset-date.js';

export type NewDeprecationVerdict =
  | { kind: 'sunset-missing' }
  | { kind: 'deprecated' }
  | { kind: 'sunset-unreadable'; sunset: unknown }
  | { kind: 'sunset-too-small'; sunset: string; days: number }
  | { kind: 'deprecated-with-sunset'; sunset: string };

/** The notice period of a stability level; draft and alpha promise none. */
export function noticeDays(policy: DeprecationDays, level: StabilityLevel): number {
  if (level === 'beta') return policy.beta;
  if (level === 'stable') return policy.stable;
  return 0;
}

/** `sunset` is the head's `x-sunset` as written (`undefined` when absent). */
export function judgeNewDeprecation(sunset: unknown, now: Date, days: number): NewDeprecationVerdict {
  if (sunset === undefined) return days > 0 ? { kind: 'sunset-missing' } : { kind: 'deprecated' };
  const day = parseSunset(sunset);
  if (day === undefined) return { kind: 'sunset-unreadable', sunset };
  // Even with no configured period, a sunset in the past is too small (oasdiff: days < 0).
  if (day - todayOf(now) < days) return { kind: 'sunset-too-small', sunset: formatDay(day), days };
  return { kind: 'deprecated-with-sunset', sunset: formatDay(day) };
}
