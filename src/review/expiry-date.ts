// assess: when a dated exception (an acceptance's `--until`, an ignore entry's `expires`) stops
// counting. One reading for both, with the time passed in (the pipeline never reads a clock): a
// date is a whole UTC day and the exception holds through the end of it.
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

const dayMs = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DD` naming a real calendar day (`2027-02-30` is not one); `undefined` otherwise. */
export function parseIsoDate(text: string): Date | undefined {
  const match = isoDate.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** Past its date: `now` is after the last millisecond of the named UTC day. An unreadable date counts as expired. */
export function isExpired(date: string, now: Date): boolean {
  const day = parseIsoDate(date);
  return day === undefined || now.getTime() >= day.getTime() + dayMs;
}

/** Whole days from the UTC day of `now` to `date` (0 for today, negative for the past). */
export function daysUntil(date: Date, now: Date): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((date.getTime() - today) / dayMs);
}

/** The UTC day `days` after the day of `now`, as `YYYY-MM-DD`. */
export function isoDateAfter(now: Date, days: number): string {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today + days * dayMs).toISOString().slice(0, 10);
}
