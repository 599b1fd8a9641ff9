// analyze: where a running analysis is (parsing, linting N units, diffing), reported from the
// worker to whoever waits for it. A review of a large description takes tens of seconds; the
// CLI shows these steps on a terminal (src/cli/progress-line.ts), the App ignores them.

export type AnalysisStep =
  | { step: 'parsing' }
  /** `units`: how many units (path items, components) the incremental lint lints from, when known. */
  | { step: 'linting'; units?: number }
  | { step: 'diffing' };

export type ProgressSink = (step: AnalysisStep) => void;

export const ignoreProgress: ProgressSink = () => {};

export function describeStep(step: AnalysisStep): string {
  switch (step.step) {
    case 'parsing':
      return 'parsing';
    case 'linting':
      return step.units === undefined ? 'linting' : `linting ${step.units} ${step.units === 1 ? 'unit' : 'units'}`;
    case 'diffing':
      return 'diffing';
  }
}
