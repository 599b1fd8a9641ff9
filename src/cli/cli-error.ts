// The command line's expected failures: usage and input errors end with exit code 2 and a
// message naming the file and the problem, never a stack trace.
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
