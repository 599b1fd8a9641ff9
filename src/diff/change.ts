// analyze: one breaking-change finding, in the shape of the `diff --format json` contract.
import type { ContractFormat } from '../formats/contract-format.js';
import type { JsonPath, SourceLocation } from '../specs/source-location.js';
import type { Side } from './report.js';

/** oasdiff's ERR / WARN / INFO. */
export type ChangeLevel = 'error' | 'warning' | 'info';

export interface Change {
  /** oasdiff's check id where oasdiff has that check; for other formats the engine's own id. */
  id: string;
  /** Set for AsyncAPI, GraphQL and Protobuf contracts; absent for OpenAPI (its output is unchanged). */
  format?: ContractFormat;
  level: ChangeLevel;
  /** `METHOD /path/template` as in the head (base for removals); `null` for document-level changes. */
  operation: string | null;
  /** JSON path of the changed element (in the head, or in the base for removals). */
  path: JsonPath;
  message: string;
  /** Head file and line for additions and modifications, base file and line for removals. */
  source: SourceLocation;
  /**
   * The version `source` points into, as the check that found the change knows it: `base` for what
   * exists only there. Output only, never printed by `diff --format json` (its contract stays).
   */
  side: Side;
  /**
   * For a removal in an AsyncAPI, GraphQL or Protobuf contract: the nearest place that survives
   * in the head (the enclosing type, channel list, …), where an annotation can point.
   */
  nearestInHead?: SourceLocation;
}
