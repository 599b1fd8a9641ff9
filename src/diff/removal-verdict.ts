// analyze: how oasdiff judges the removal of an operation or a parameter from its deprecation
// state: not deprecated breaks; deprecated without `x-sunset` is allowed; deprecated with a
// future sunset breaks; a past sunset means the removal was announced: oasdiff reports nothing,
// we report it as allowed (info), so it stays visible.
import type { SpecNode } from '../specs/loaded-spec.js';
import { fieldOf } from './spec-nodes.js';
import { parseSunset, todayOf } from './sunset-date.js';

export type RemovalVerdict =
  | { kind: 'without-deprecation' }
  | { kind: 'with-deprecation' }
  | { kind: 'sunset-unreadable'; sunset: unknown }
  | { kind: 'before-sunset'; sunset: string }
  | { kind: 'after-sunset'; sunset: string };

export function removalVerdict(removed: SpecNode, now: Date): RemovalVerdict {
  if (fieldOf(removed, 'deprecated') !== true) return { kind: 'without-deprecation' };
  const sunset = fieldOf(removed, 'x-sunset');
  if (sunset === undefined) return { kind: 'with-deprecation' };
  const day = parseSunset(sunset);
  if (day === undefined) return { kind: 'sunset-unreadable', sunset };
  return todayOf(now) < day ? { kind: 'before-sunset', sunset: String(sunset) } : { kind: 'after-sunset', sunset: String(sunset) };
}
