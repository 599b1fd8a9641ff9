// The CLI ends with exit code 2 when an input cannot be read: this gathers what to say.
import { formatProblem, type SpecProblem } from '../specs/spec-problem.js';
import { CliError } from './cli-error.js';

/** The error for inputs that did not load, one problem a line. */
export function inputError(problems: SpecProblem[]): CliError {
  return new CliError(problems.map(formatProblem).join('\n'));
}
