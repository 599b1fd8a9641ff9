// analyze: `x-sunset` dates. oasdiff accepts a full date (`2025-12-31`) or an RFC 3339 date-time and
// compares calendar days, so we do the same in UTC.

/** Days since the epoch of the calendar date written in `value`, or `undefined` when unparseable. */
export function parseSunset(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (dateOnly) return epochDay(Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3]));
  const dateTime = /^(\d{4})-(\d{2})-(\d{2})[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(value);
  if (dateTime && !Number.isNaN(Date.parse(value))) {
    // The calendar date as written (in its own offset), like Go's civil.DateOf(time.Parse(...)).
    return epochDay(Number(dateTime[1]), Number(dateTime[2]), Number(dateTime[3]));
  }
  return undefined;
}

export function todayOf(now: Date): number {
  return Math.floor(now.getTime() / 86_400_000);
}

export function formatDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function epochDay(year: number, month: number, day: number): number | undefined {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return Math.floor(time / 86_400_000);
}
