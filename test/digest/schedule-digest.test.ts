import { Probot } from 'probot';
import { afterEach, describe, expect, it } from 'vitest';
import { scheduleDigest, type DigestScheduler } from '../../src/digest/schedule-digest.js';
import { installationHostOf } from '../../src/github/app-installations.js';
import { useScriptedWeek } from './scripted-github.js';
import { now } from './scripted-week.js';

const configFile = '.github/api-review.yml';

describe('scheduleDigest', () => {
  const week = useScriptedWeek();
  let scheduler: DigestScheduler | undefined;
  afterEach(() => {
    scheduler?.stop();
  });

  const start = (): DigestScheduler => {
    const app = new Probot({ githubToken: 'test-token', logLevel: 'fatal' });
    scheduler = scheduleDigest(installationHostOf(app), { now: () => now });
    return scheduler;
  };

  it('schedules each enabled digest on its cron in UTC, and its job writes the week issue', async () => {
    const digests = start();
    await digests.refresh();
    const [job, ...others] = digests.jobs();
    expect(others).toEqual([]);
    expect(job).toMatchObject({ installationId: 42, destination: 'octo/api', schedule: '0 8 * * 1' });
    expect(job?.nextRun?.getUTCDay()).toBe(1);
    expect(job?.nextRun?.toISOString()).toMatch(/T08:00:00\.000Z$/);

    const outcomes = await digests.runNow(42, 'octo/api');
    expect(outcomes).toMatchObject([{ ok: true, action: 'created', number: 1, title: 'API governance digest — 2026-W48' }]);
    expect(week.fake.issues).toHaveLength(1);
  });

  it('follows config changes on refresh: a new schedule, then the digest turned off', async () => {
    const digests = start();
    await digests.refresh();
    week.fake.branchFiles[configFile] = 'digest:\n  enabled: true\n  schedule: "30 6 * * 5"\n';
    await digests.refresh();
    expect(digests.jobs().map((job) => job.schedule)).toEqual(['30 6 * * 5']);
    expect(digests.jobs()[0]?.nextRun?.toISOString()).toMatch(/T06:30:00\.000Z$/);
    week.fake.branchFiles[configFile] = 'digest:\n  enabled: false\n';
    await digests.refresh();
    expect(digests.jobs()).toEqual([]);
  });

  it.each(['every monday', '* * * * * *', '*/5 * * * *', '* * * * *'])('schedules nothing for "%s" (not cron, or more than hourly)', async (schedule) => {
    week.fake.branchFiles[configFile] = `digest:\n  enabled: true\n  schedule: "${schedule}"\n`;
    const digests = start();
    await digests.refresh();
    expect(digests.jobs()).toEqual([]);
  });
});
