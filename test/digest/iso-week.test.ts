import { describe, expect, it } from 'vitest';
import { digestTitle } from '../../src/digest/digest-title.js';
import { trendWeeks, reportWeek } from '../../src/digest/digest-period.js';
import { isoWeekLabel } from '../../src/digest/iso-week.js';

describe('isoWeekLabel', () => {
  it.each([
    { date: '2026-11-23T08:00:00Z', week: '2026-W48' },
    { date: '2026-11-29T23:59:59Z', week: '2026-W48' },
    { date: '2026-11-30T00:00:00Z', week: '2026-W49' },
    { date: '2026-01-01T00:00:00Z', week: '2026-W01' },
    { date: '2027-01-01T12:00:00Z', week: '2026-W53' },
    { date: '2024-12-30T00:00:00Z', week: '2025-W01' },
    { date: '2021-01-03T00:00:00Z', week: '2020-W53' },
  ])('$date is $week', ({ date, week }) => expect(isoWeekLabel(new Date(date))).toBe(week));
});

describe('digestTitle', () => {
  it('names the ISO week of the run with an em dash', () => {
    expect(digestTitle(new Date('2026-11-23T08:00:00Z'))).toBe('API governance digest \u2014 2026-W48');
  });
});

describe('periods', () => {
  const now = new Date('2026-11-23T08:00:00Z');
  it('reports the seven days before the run', () => {
    expect(reportWeek(now)).toEqual({ start: new Date('2026-11-16T08:00:00Z'), end: now });
  });
  it('trends over eight consecutive weeks, oldest first, the last one being the report week', () => {
    const weeks = trendWeeks(now);
    expect(weeks).toHaveLength(8);
    expect(weeks[0]).toEqual({ start: new Date('2026-09-28T08:00:00Z'), end: new Date('2026-10-05T08:00:00Z') });
    expect(weeks[7]).toEqual(reportWeek(now));
    weeks.slice(1).forEach((week, index) => expect(week.start).toEqual(weeks[index]?.end));
  });
});
