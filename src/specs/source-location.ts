// Shared vocabulary: where a finding points. Lines are 1-based everywhere in our output.

/** A JSON path as segments: object keys as strings, array indices as numbers. */
export type JsonPath = readonly (string | number)[];

/** A place in a file a human can open: `file:line`. */
export interface SourceLocation {
  file: string;
  line: number;
  /** 1-based column (JSON written on one line has every value on line 1; the column tells them apart). */
  column?: number;
}
