// analyze: the one order lint findings are printed in, so the same spec always reads the same.
import type { LintFinding } from './lint-finding.js';

/** By file, line, code, then path and message: stable across runs and platforms. */
export function compareFindings(a: LintFinding, b: LintFinding): number {
  return (
    compareText(a.source.file, b.source.file) ||
    a.source.line - b.source.line ||
    compareText(a.code, b.code) ||
    compareText(a.path.join('\u0000'), b.path.join('\u0000')) ||
    compareText(a.message, b.message)
  );
}

/** Code-unit order, not the locale's: the output must not depend on the machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
