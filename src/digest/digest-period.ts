// digest: the stretches of time a digest reports on. The week is the seven days before the run
// (the run time is passed in), and the trend is the eight such weeks that end at the run, so a
// Monday 08:00 run reports exactly the week that just ended and re-runs are reproducible.

export interface Period {
  /** Inclusive. */
  start: Date;
  /** Exclusive. */
  end: Date;
}

const weekMs = 7 * 86_400_000;

export function reportWeek(now: Date): Period {
  return { start: new Date(now.getTime() - weekMs), end: now };
}

/** The last `count` weeks ending at `now`, oldest first. */
export function trendWeeks(now: Date, count = 8): Period[] {
  return Array.from({ length: count }, (_, index) => {
    const end = new Date(now.getTime() - (count - 1 - index) * weekMs);
    return { start: new Date(end.getTime() - weekMs), end };
  });
}

export function isWithin(timestamp: string | null | undefined, period: Period): boolean {
  if (!timestamp) return false;
  const time = Date.parse(timestamp);
  return time >= period.start.getTime() && time < period.end.getTime();
}
