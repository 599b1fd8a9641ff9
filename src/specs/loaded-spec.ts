// parse: an API description with every file its `$ref`s reach, ready for lint and diff.
// `$ref`s are not inlined: the diff engine follows them lazily with `resolveNode`, so
// a huge document is never fully dereferenced.
import type { ParsedFile } from './parsed-file.js';
import type { JsonPath, SourceLocation } from './source-location.js';
import type { SpecProblem } from './spec-problem.js';

export type SpecVersion = '2.0' | '3.0' | '3.1';

export interface LoadedSpec {
  /** Repository-relative path of the root file. */
  root: string;
  /** The version the author wrote (a 2.0 document is converted for comparison). */
  version: SpecVersion;
  /** The root document in OpenAPI 3 form (for 2.0: the converted document). `$ref`s kept. */
  document: Record<string, unknown>;
  /** Every file reached from the root through `$ref`, root included, as written. */
  files: ReadonlyMap<string, ParsedFile>;
  /** Problems found while loading; a fatal one means `document` must not be trusted. */
  problems: SpecProblem[];
  /**
   * Where a value of the (possibly converted) document stands in the files as written.
   * For a 2.0 document, paths of the converted root are mapped back to the original file.
   */
  locate(file: string, path: JsonPath): SourceLocation;
}

/** A position in a loaded spec: a value, and where it came from. */
export interface SpecNode {
  value: unknown;
  /** The file the value lives in (the root path for the converted root document). */
  file: string;
  /** JSON path of the value inside that file (or inside `document` for the root). */
  path: JsonPath;
}
