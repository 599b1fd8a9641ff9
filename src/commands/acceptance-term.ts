// trigger: how long an acceptance holds. `accept-breaking --until 2027-03-31 <reason>` (or `--until
// 30d`) ends it on a day; `accept.max_days` caps that day, and when set also dates an acceptance
// given without `--until`, so no exception outlives the organization's maximum. The date is
// resolved once, when the command runs, and signed into the record (command-marker.ts).
import { daysUntil, isoDateAfter, parseIsoDate } from '../review/expiry-date.js';

export interface AcceptArgs {
  reason: string;
  /** The `--until` value as typed, when given. */
  until?: string;
}

export type TermOutcome = { ok: true; until?: string } | { ok: false; why: 'bad-until' | 'until-past' | 'too-long'; maxDays?: number };

const untilFlag = /^--until(?:=|\s+)(\S*)\s*/;

/** `--until VALUE` may open the arguments; the rest is the reason, in the user's own words. */
export function parseAcceptArgs(args: string): AcceptArgs {
  const trimmed = args.trim();
  if (trimmed === '--until') return { reason: '', until: '' };
  const match = untilFlag.exec(trimmed);
  if (!match) return { reason: trimmed };
  return { reason: trimmed.slice(match[0].length).trim(), until: match[1] ?? '' };
}

const duration = /^(\d{1,5})d$/i;

/** The last day (`YYYY-MM-DD`, UTC) the acceptance holds, or why that cannot be. */
export function resolveAcceptanceTerm(until: string | undefined, now: Date, maxDays: number | null): TermOutcome {
  if (until === undefined) return maxDays === null ? { ok: true } : { ok: true, until: isoDateAfter(now, maxDays) };
  const days = daysFromNow(until, now);
  if (days === undefined) return { ok: false, why: 'bad-until' };
  if (days < 0) return { ok: false, why: 'until-past' };
  if (maxDays !== null && days > maxDays) return { ok: false, why: 'too-long', maxDays };
  return { ok: true, until: isoDateAfter(now, days) };
}

function daysFromNow(until: string, now: Date): number | undefined {
  const relative = duration.exec(until);
  if (relative) return Number(relative[1]);
  const date = parseIsoDate(until);
  return date === undefined ? undefined : daysUntil(date, now);
}
