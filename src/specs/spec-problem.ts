// parse: expected problems with an input are values, not exceptions. Each names the file and
// the line and says, in a sentence a human can act on, what is wrong.
import type { SourceLocation } from './source-location.js';

export type SpecProblemCode =
  | 'file-missing'
  | 'file-too-large'
  | 'not-text'
  | 'parse-error'
  | 'not-an-api-description'
  | 'unsupported-version'
  | 'ref-remote'
  | 'ref-outside-repository'
  | 'ref-not-a-document'
  | 'ref-missing'
  | 'ref-cycle'
  | 'limit-exceeded'
  | 'conversion-failed';

export interface SpecProblem {
  code: SpecProblemCode;
  message: string;
  source: SourceLocation;
  /** A problem that makes the document unusable (the review of this spec cannot go on). */
  fatal: boolean;
}

export function formatProblem(problem: SpecProblem): string {
  return `${problem.source.file}:${problem.source.line}: ${problem.message}`;
}
