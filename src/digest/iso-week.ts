// digest: the ISO 8601 week a run falls in. The digest issue of a week is found again by a
// title that names this week, so the label must be stable for every run inside the week.

/** `2026-W48`: the ISO week-numbering year and week of `date`, in UTC. */
export function isoWeekLabel(date: Date): string {
  // The ISO week belongs to the year of its Thursday (so 2027-01-01, a Friday, is 2026-W53).
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const year = day.getUTCFullYear();
  const firstDay = Date.UTC(year, 0, 1);
  const week = Math.floor((day.getTime() - firstDay) / 86_400_000 / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
