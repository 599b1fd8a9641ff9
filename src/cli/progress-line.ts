// render, for a person at a terminal: one line on standard error that says what a long local
// run is doing (parsing, linting N units, diffing), rewritten in place and erased before the
// result is printed. Only when that stream is a terminal and `--quiet` is not given: in CI, in
// a pipe or in a file it would be noise in the log.
import { describeStep, type ProgressSink } from '../pipeline/analysis-progress.js';

/** The stream the line goes to: standard error, or a test's fake terminal. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressLine {
  /** Undefined when the line is off, so that the analysis is not asked to report at all. */
  show: ProgressSink | undefined;
  /** Erases the line, if one was written. */
  clear(): void;
}

// Carriage return to the line's start, then erase to its end (ANSI "EL").
const REWRITE = '\r\u001b[K';

export function progressLine(stream: ProgressStream | undefined, quiet: boolean): ProgressLine {
  if (quiet || stream?.isTTY !== true) return { show: undefined, clear: () => {} };
  let written = false;
  return {
    show: (step) => {
      written = true;
      stream.write(`${REWRITE}api-review: ${describeStep(step)}…`);
    },
    clear: () => {
      if (written) stream.write(REWRITE);
      written = false;
    },
  };
}
