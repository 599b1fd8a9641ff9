// analyze: one breaking-change finding, in the shape of the `diff --format json` contract.
import type { JsonPath, SourceLocation } from '../specs/source-location.js';

/** oasdiff's ERR / WARN / INFO. */
export type ChangeLevel = 'error' | 'warning' | 'info';

export interface Change {
  /** oasdiff's check id where oasdiff has that check. */
  id: string;
  level: ChangeLevel;
  /** `METHOD /path/template` as in the head (base for removals); `null` for document-level changes. */
  operation: string | null;
  /** JSON path of the changed element (in the head, or in the base for removals). */
  path: JsonPath;
  message: string;
  /** Head file and line for additions and modifications, base file and line for removals. */
  source: SourceLocation;
}
