// render: a location as people read it. A removal points at a line of the base file; printed
// like a head location it sends the reader to the wrong file (with `--git` both sides share one
// path), so base locations say so.
import type { SourceLocation } from '../specs/source-location.js';

export function locationText(source: SourceLocation, inBase: boolean): string {
  const column = source.column !== undefined ? `:${source.column}` : '';
  return `${inBase ? 'base:' : ''}${source.file}:${source.line}${column}`;
}
