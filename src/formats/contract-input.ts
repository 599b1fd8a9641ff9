// collect: one side (base or head) of a non-OpenAPI contract — where it is read from, its root
// path, and its text — and what an engine hands back. AsyncAPI, GraphQL and Protobuf engines all
// take and return these, so the dispatch and the review treat the formats alike.
import type { Change } from '../diff/change.js';
import type { FileSource } from '../specs/file-source.js';
import type { SpecProblem } from '../specs/spec-problem.js';

export interface ContractInput {
  /** Reads the contract's other files (Protobuf imports, AsyncAPI `$ref`s) at the same revision. */
  source: FileSource;
  /** Repository-relative path of the root file. */
  path: string;
  text: string;
  /**
   * The other SDL files of the same GraphQL schema at this revision (the GraphQL files beside the
   * root): a schema split over files is built and compared as one. Empty for the other formats.
   */
  companions?: readonly { path: string; text: string }[];
}

export interface ContractDiff {
  changes: Change[];
  /** A side that could not be read as its format: the review names the file, line and reason. */
  problems: SpecProblem[];
  /** Something skipped for a reason outside the pull request (an engine missing on this platform). */
  notes: string[];
}

export function parseProblem(file: string, line: number, message: string): SpecProblem {
  return { code: 'parse-error', message: `${file} ${message}`, source: { file, line }, fatal: true };
}
