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

/** 1 when any level found reaches the threshold, else 0. */
export function exitCodeFor(levels: Iterable<string>, failOn: FailOn): number {
  if (failOn === 'none') return 0;
  const threshold = rank[failOn] as number;
  for (const level of levels) if ((rank[level] ?? Number.POSITIVE_INFINITY) <= threshold) return 1;
  return 0;
}
