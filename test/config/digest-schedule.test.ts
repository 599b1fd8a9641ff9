// `digest.schedule`: valid cron, five fields, at most once an hour; anything else is a config
// error naming the key, so a repository cannot make the App write an issue every second.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';

const withSchedule = (schedule: string) => parseConfig({ digest: { enabled: true, schedule } });

describe('digest.schedule', () => {
  it.each([
    { schedule: '0 8 * * 1' },
    { schedule: '30 6 * * 5' },
    { schedule: '0 * * * *' },
    { schedule: '15 */2 * * *' },
    { schedule: '0 8,17 * * 1-5' },
    { schedule: '  0 8 * * 1  ' },
    { schedule: '@weekly' },
    { schedule: '@daily' },
    { schedule: '@hourly' },
  ])('accepts $schedule', ({ schedule }) => {
    const outcome = withSchedule(schedule);
    expect(outcome.ok).toBe(true);
  });

  it.each([
    { schedule: '* * * * * *', why: 'five fields' },
    { schedule: '0 0 8 * * 1', why: 'five fields' },
    { schedule: '* * * * *', why: 'at most once an hour' },
    { schedule: '*/5 * * * *', why: 'at most once an hour' },
    { schedule: '0,30 * * * *', why: 'at most once an hour' },
    { schedule: '0-10 8 * * 1', why: 'at most once an hour' },
    { schedule: '? * * * *', why: 'at most once an hour' },
    { schedule: '@every_second', why: 'not a cron pattern' },
    { schedule: '@minutely', why: 'not a cron pattern' },
    { schedule: 'every monday', why: 'five fields' },
    { schedule: '61 8 * * 1', why: 'not a cron pattern' },
    { schedule: '0 8 * * 9', why: 'not a cron pattern' },
  ])('refuses $schedule ($why)', ({ schedule, why }) => {
    const outcome = withSchedule(schedule);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toContain('`digest.schedule`');
    expect(outcome.message).toContain(why);
  });
});
