// The CLI ends with exit code 2 when an input cannot be read: this gathers what to say.
import type { LoadedSpec } from '../specs/loaded-spec.js';
import { formatProblem } from '../specs/spec-problem.js';
import { CliError } from './cli-error.js';

export function assertLoaded(...specs: (LoadedSpec | undefined)[]): void {
  const problems = specs.flatMap((spec) => spec?.problems.filter((problem) => problem.fatal) ?? []);
  if (problems.length > 0) throw new CliError(problems.map(formatProblem).join('\n'));
}
