// `--fail-on error|warning|info|none` for `diff` and `lint`: the lowest level that makes the
// command exit 1, so a CI step fails on what the team decides. `none` (the default) keeps the
// exit code 0 whatever is found, as before the option existed; `review` keeps its verdict.
import { CliError } from './cli-error.js';

export type FailOn = 'error' | 'warning' | 'info' | 'none';

/** Lower is more severe; a lint `hint` counts as `info`. */
const rank: Record<string, number> = { error: 0, warning: 1, info: 2, hint: 2 };

export function parseFailOn(value: string | undefined): FailOn {
  if (value === undefined) return 'none';
  if (value === 'error' || value === 'warning' || value === 'info' || value === 'none') return value;
  throw new CliError(`--fail-on ${value}: expected error, warning, info or none`);
}

/** Whether one finding's level is at or above the threshold (`none`: nothing is). */
export function reaches(level: string, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  return (rank[level] ?? Number.POSITIVE_INFINITY) <= (rank[failOn] as number);
}

/** 1 when any level found reaches the threshold, else 0. */
export function exitCodeFor(levels: Iterable<string>, failOn: FailOn): number {
  for (const level of levels) if (reaches(level, failOn)) return 1;
  return 0;
}

/**
 * The level from which a JUnit report marks a finding as a failure: `--fail-on`, and `error` when
 * it is `none`, so the report shows what breaks even when the step is told not to fail.
 */
export function junitFailureLevel(failOn: FailOn): Exclude<FailOn, 'none'> {
  return failOn === 'none' ? 'error' : failOn;
}
