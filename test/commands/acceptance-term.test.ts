import { describe, expect, it } from 'vitest';
import { parseAcceptArgs, resolveAcceptanceTerm } from '../../src/commands/acceptance-term.js';

const now = new Date('2026-12-05T13:00:00Z');

describe('acceptance term', () => {
  it.each([
    { args: 'consumers agreed', expected: { reason: 'consumers agreed' } },
    { args: '--until 2027-03-31 consumers agreed', expected: { reason: 'consumers agreed', until: '2027-03-31' } },
    { args: '--until=30d  two   spaces', expected: { reason: 'two   spaces', until: '30d' } },
    { args: '--until', expected: { reason: '', until: '' } },
    { args: 'not a --until 30d flag', expected: { reason: 'not a --until 30d flag' } },
  ])('reads "$args"', ({ args, expected }) => {
    expect(parseAcceptArgs(args)).toEqual(expected);
  });

  it.each([
    { name: 'no date, no maximum: no end', until: undefined, max: null, expected: { ok: true } },
    { name: 'no date under a maximum: the maximum', until: undefined, max: 90, expected: { ok: true, until: '2027-03-05' } },
    { name: 'a date', until: '2027-03-31', max: null, expected: { ok: true, until: '2027-03-31' } },
    { name: 'a duration', until: '30d', max: 30, expected: { ok: true, until: '2027-01-04' } },
    { name: 'today', until: '2026-12-05', max: 0, expected: { ok: true, until: '2026-12-05' } },
    { name: 'beyond the maximum', until: '31d', max: 30, expected: { ok: false, why: 'too-long', maxDays: 30 } },
    { name: 'a date beyond the maximum', until: '2027-03-31', max: 90, expected: { ok: false, why: 'too-long', maxDays: 90 } },
    { name: 'a past date', until: '2026-12-04', max: null, expected: { ok: false, why: 'until-past' } },
    { name: 'not a date', until: 'soon', max: null, expected: { ok: false, why: 'bad-until' } },
    { name: 'an impossible date', until: '2027-02-30', max: null, expected: { ok: false, why: 'bad-until' } },
    { name: 'nothing after --until', until: '', max: null, expected: { ok: false, why: 'bad-until' } },
  ])('$name', ({ until, max, expected }) => {
    expect(resolveAcceptanceTerm(until, now, max)).toEqual(expected);
  });
});
