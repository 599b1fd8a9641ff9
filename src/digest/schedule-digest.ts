// digest (trigger): the in-process scheduler. Each installation's configs are re-read now and on
// `refresh`; every planned digest gets a croner job on its `digest.schedule` (UTC). A job re-plans
// its installation when it fires, so a config changed since the last refresh is honored (a
// disabled digest stops being written at once; a new schedule applies from the next refresh).
// Replicas sharing a Redis pass `oncePerRun`: each fires the job, one writes the digest, and a
// digest that came due while no replica ran (a deploy over its minute) is written at the first
// refresh after start. Without it, several processes would each write (the upsert finds the
// week's issue by title and label, so they update one issue); deployments that want one writer
// without Redis run `api-review digest` from an external scheduler instead.
import { Cron } from 'croner';
import type { InstallationHost } from '../github/app-installations.js';
import type { OncePerRun } from '../queue/once-per-run.js';
import { planInstallation, runInstallationDigests, type DigestOutcome } from './run-digests.js';

export interface ScheduleDigestOptions {
  /** When the installations' configs are re-read to pick up new or changed schedules (cron, UTC). */
  refresh?: string;
  /** The clock each run reads its time from (tests pass a fixed one). */
  now?: () => Date;
  /** Delay before the first refresh after start, in milliseconds (default one minute). */
  firstRefreshMs?: number;
  /** Replicas: one run per scheduled time across all of them, and catching up a run that came due while none ran. */
  oncePerRun?: OncePerRun;
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

  /** A job's run at its scheduled time: by this process alone, or by the one replica that claims it. */
  const runScheduled = async (installationId: number, destination: string, scheduled: Date): Promise<unknown> => {
    if (!options.oncePerRun) return runNow(installationId, destination);
    const run = `digest:${installationId}:${destination.toLowerCase()}:${minuteOf(scheduled)}`;
    const ran = await options.oncePerRun(run, () => runNow(installationId, destination));
    if (!ran) app.log.info(`api-review digest: ${destination} at ${minuteOf(scheduled)} is another replica's run`);
    return ran;
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
          const fire = (scheduled: Date): Promise<unknown> => runScheduled(installation.id, target.destination, scheduled);
          const cron = startJob(target.schedule, key, fire, app);
          if (!cron) continue;
          jobs.set(key, { installationId: installation.id, destination: target.destination, schedule: target.schedule, cron });
          const due = options.oncePerRun ? cron.previousRuns(1, now())[0] : undefined;
          if (due) void fire(due).catch(logFailure(app, key));
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
function startJob(schedule: string, name: string, run: (scheduled: Date) => Promise<unknown>, app: InstallationHost): Cron | undefined {
  try {
    // `protect` skips a tick while the previous run of the same digest is still going.
    return new Cron(schedule, { timezone: 'UTC', protect: true, unref: true, catch: logFailure(app, name) }, async (self: Cron) => {
      await run(self.currentRun() ?? new Date());
    });
  } catch (error) {
    app.log.warn(`api-review digest: ${name}: digest.schedule "${schedule}" is not a valid cron pattern (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}

function logFailure(app: InstallationHost, what: string): (error: unknown) => void {
  return (error) => app.log.error(`api-review digest: ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
}

/** The scheduled minute, as every replica's clock names it (a fire a few ms late is the same run). */
function minuteOf(time: Date): string {
  return new Date(Math.floor(time.getTime() / 60_000) * 60_000).toISOString();
}
