// config: what a `digest.schedule` may be. The schedule decides how often the App writes an
// issue in a repository with the installation's token, so a config must not turn it into a
// flood: five-field cron (no seconds field) that fires at most once an hour, checked by croner,
// the library that runs it, so what passes here is what the scheduler accepts.
import { Cron } from 'croner';

/** croner's nicknames, all of them at most hourly. */
const nicknames = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);

/** Why `schedule` is refused, as a sentence to follow the key name; `undefined` when it is fine. */
export function digestScheduleProblem(schedule: string): string | undefined {
  const pattern = schedule.trim();
  if (pattern.startsWith('@')) {
    return nicknames.has(pattern.toLowerCase()) ? cronProblem(pattern) : `"${pattern}" is not a cron pattern (nicknames: ${[...nicknames].join(', ')})`;
  }
  const fields = pattern.split(/\s+/);
  if (fields.length !== 5) {
    return `"${pattern}" must have five fields (minute hour day-of-month month day-of-week, UTC); a seconds field is not accepted`;
  }
  // A single minute fires at most once in any hour; a list, range, step or wildcard fires more often.
  if (!/^\d{1,2}$/.test(fields[0] ?? '')) {
    return `"${pattern}" runs more than once an hour; a digest runs at most once an hour: give a single minute (e.g. "0 8 * * 1")`;
  }
  return cronProblem(pattern);
}

function cronProblem(pattern: string): string | undefined {
  try {
    new Cron(pattern, { timezone: 'UTC' }).stop();
    return undefined;
  } catch (error) {
    return `"${pattern}" is not a cron pattern: ${error instanceof Error ? error.message : String(error)}`;
  }
}
