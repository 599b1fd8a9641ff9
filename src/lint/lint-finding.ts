// analyze: one lint finding, in the shape of the `lint --format json` contract.
import type { JsonPath, SourceLocation } from '../specs/source-location.js';

/** Spectral's severities by name. */
export type LintSeverity = 'error' | 'warning' | 'info' | 'hint';

export interface LintFinding {
  /** Spectral's rule code (e.g. `operation-operationId`, `oas3-schema`, `api-error-problem-details`). */
  code: string;
  severity: LintSeverity;
  message: string;
  /** JSON path of the offending value, as segments. */
  path: JsonPath;
  /** 1-based line, as everywhere in our output. */
  source: SourceLocation;
}
