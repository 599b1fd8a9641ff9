import { describe, expect, it } from 'vitest';
import { daysUntil, isExpired, isoDateAfter, parseIsoDate } from '../../src/review/expiry-date.js';

describe('expiry dates', () => {
  it.each([
    { text: '2027-03-31', valid: true },
    { text: '2027-02-30', valid: false },
    { text: '2027-3-31', valid: false },
    { text: '31/03/2027', valid: false },
    { text: '', valid: false },
  ])('reads $text as a calendar day: $valid', ({ text, valid }) => {
    expect(parseIsoDate(text) !== undefined).toBe(valid);
  });

  it.each([
    { now: '2027-03-31T00:00:00Z', expired: false },
    { now: '2027-03-31T23:59:59.999Z', expired: false },
    { now: '2027-04-01T00:00:00Z', expired: true },
    { now: '2026-12-01T12:00:00Z', expired: false },
  ])('2027-03-31 holds through its whole UTC day (now $now: expired $expired)', ({ now, expired }) => {
    expect(isExpired('2027-03-31', new Date(now))).toBe(expired);
  });

  it('treats an unreadable date as expired, so a typo never makes an exception permanent', () => {
    expect(isExpired('2027-13-01', new Date('2020-01-01T00:00:00Z'))).toBe(true);
  });

  it('counts whole days from today and adds days to today', () => {
    const now = new Date('2026-12-05T22:00:00Z');
    expect(daysUntil(parseIsoDate('2026-12-05') ?? new Date(0), now)).toBe(0);
    expect(daysUntil(parseIsoDate('2027-01-04') ?? new Date(0), now)).toBe(30);
    expect(daysUntil(parseIsoDate('2026-12-04') ?? new Date(0), now)).toBe(-1);
    expect(isoDateAfter(now, 30)).toBe('2027-01-04');
  });
});
