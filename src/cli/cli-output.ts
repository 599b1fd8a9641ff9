// Where the CLI writes: standard output and standard error, or a test's capture.
// Apart from cli-context.ts so that `--help` and `--version` load nothing else.

export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** Where the progress line of a long run goes when it is a terminal (progress-line.ts). */
  progress?: { isTTY?: boolean; write(text: string): unknown };
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  progress: process.stderr,
};
