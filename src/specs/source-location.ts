// Shared vocabulary: where a finding points. Lines are 1-based everywhere in our output.

/** A JSON path as segments: object keys as strings, array indices as numbers. */
export type JsonPath = readonly (string | number)[];

/** A place in a file a human can open: `file:line`. */
export interface SourceLocation {
  file: string;
  line: number;
  /** 1-based column, where the engine knows it (GraphQL, Protobuf and AsyncAPI findings). */
  column?: number;
}
