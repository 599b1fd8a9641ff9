// digest (trigger): the in-process scheduler. Each installation's configs are re-read now and on
// `refresh`; every planned digest gets a croner job on its `digest.schedule` (UTC). A job re-plans
// its installation when it fires, so a config changed since the last refresh is honored (a
// disabled digest stops being written at once; a new schedule applies from the next refresh).
// Several replicas may each fire the same job: the upsert finds the week's issue by title and
// label, so they update one issue; deployments that want exactly one writer run
// `api-review digest` from an external scheduler instead.
import { Cron } from 'croner';
import type { InstallationHost } from '../github/app-installations.js';
import { planInstallation, runInstallationDigests, type DigestOutcome } from './run-digests.js';

export interface ScheduleDigestOptions {
  /** When the installations' configs are re-read to pick up new or changed schedules (cron, UTC). */
  refresh?: string;
  /** The clock each run reads its time from (tests pass a fixed one). */
  now?: () => Date;
  /** Delay before the first refresh after start, in milliseconds (default one minute). */
  firstRefreshMs?: number;
}

export interface ScheduledDigest {
  installationId: number;
  destination: string;
  schedule: string;
  nextRun: Date | null;
}

export interface DigestScheduler {
  /** Re-reads every installation's config and (re)schedules its digests; resolves when done. */
  refresh(): Promise<void>;
  /** Runs one scheduled digest now, as its job would. */
  runNow(installationId: number, destination: string): Promise<DigestOutcome[]>;
  jobs(): ScheduledDigest[];
  stop(): void;
}

/** Hourly, off the hour, so re-reading configs does not coincide with the usual digest times. */
export const defaultRefresh = '23 * * * *';

interface Job {
  installationId: number;
  destination: string;
  schedule: string;
  cron: Cron;
}

export function scheduleDigest(app: InstallationHost, options: ScheduleDigestOptions = {}): DigestScheduler {
  const now = options.now ?? (() => new Date());
  const jobs = new Map<string, Job>();

  const runNow = async (installationId: number, destination: string): Promise<DigestOutcome[]> => {
    const github = await app.digestGitHubFor(installationId);
    const report = (problem: string): void => app.log.warn(`api-review digest: ${problem}`);
    const outcomes = await runInstallationDigests(github, { now: now(), destination, report });
    for (const outcome of outcomes) {
      if (outcome.ok) app.log.info(`api-review digest: ${outcome.action} ${outcome.destination}#${outcome.number} "${outcome.title}"`);
      else app.log.warn(`api-review digest: ${outcome.destination} "${outcome.title}" failed: ${outcome.error}`);
    }
    return outcomes;
  };

  const replan = async (): Promise<void> => {
    const installations = await app.installations();
    const wanted = new Set<string>();
    const planned = new Set<number>();
    for (const installation of installations) {
      try {
        const plan = await planInstallation(await app.digestGitHubFor(installation.id));
        planned.add(installation.id);
        for (const target of plan.targets) {
          const key = `${installation.id}:${target.destination.toLowerCase()}`;
          wanted.add(key);
          const existing = jobs.get(key);
          if (existing?.schedule === target.schedule) continue;
          existing?.cron.stop();
          jobs.delete(key);
          const cron = startJob(target.schedule, key, () => runNow(installation.id, target.destination), app);
          if (cron) jobs.set(key, { installationId: installation.id, destination: target.destination, schedule: target.schedule, cron });
        }
      } catch (error) {
        // A transient error keeps the installation's jobs as they were rather than dropping them.
        app.log.warn(`api-review digest: installation ${installation.id} not refreshed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const listed = new Set(installations.map((installation) => installation.id));
    for (const [key, job] of jobs) {
      const gone = !listed.has(job.installationId) || (planned.has(job.installationId) && !wanted.has(key));
      if (gone) {
        job.cron.stop();
        jobs.delete(key);
      }
    }
  };

  // Concurrent refreshes (the first one, a tick, a caller) share one pass, so no job is started twice.
  let inFlight: Promise<void> | undefined;
  const refresh = (): Promise<void> => {
    inFlight ??= replan().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };

  const refresher = new Cron(options.refresh ?? defaultRefresh, { timezone: 'UTC', protect: true, unref: true, catch: logFailure(app, 'refresh') }, refresh);
  // The first look at the installations waits a minute, so a starting server answers webhooks
  // before it spends API calls on digests (and a short-lived process spends none).
  const firstRefresh = setTimeout(() => void refresh().catch(logFailure(app, 'refresh')), options.firstRefreshMs ?? 60_000);
  firstRefresh.unref();

  return {
    refresh,
    runNow,
    jobs: () =>
      [...jobs.values()].map((job) => ({ installationId: job.installationId, destination: job.destination, schedule: job.schedule, nextRun: job.cron.nextRun() })),
    stop: () => {
      clearTimeout(firstRefresh);
      refresher.stop();
      for (const job of jobs.values()) job.cron.stop();
      jobs.clear();
    },
  };
}

/** A cron job for one digest, or `undefined` (logged) when the configured pattern is not valid cron. */
function startJob(schedule: string, name: string, run: () => Promise<unknown>, app: InstallationHost): Cron | undefined {
  try {
    // `protect` skips a tick while the previous run of the same digest is still going.
    return new Cron(schedule, { timezone: 'UTC', protect: true, unref: true, catch: logFailure(app, name) }, async () => {
      await run();
    });
  } catch (error) {
    app.log.warn(`api-review digest: ${name}: digest.schedule "${schedule}" is not a valid cron pattern (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}

function logFailure(app: InstallationHost, what: string): (error: unknown) => void {
  return (error) => app.log.error(`api-review digest: ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
}
