// analyze: where a schema comparison starts, which decides the direction and the check ids.
// A request schema is judged contravariantly (narrowing breaks), a response schema
// covariantly (widening breaks).
import type { StabilityReading } from '../stability-level.js';

export type SchemaDirection = 'request' | 'response';

/** What the root schema describes: a body (per media type), a parameter, or a response header. */
export type SchemaSubject = 'body' | 'parameter' | 'header';

export interface SchemaSite {
  direction: SchemaDirection;
  subject: SchemaSubject;
  /** `METHOD /path/template` of the operation. */
  operation: string;
  /** For bodies: the media type. Only `application/json` and `*+json` are strongly typed. */
  mediaType?: string;
  /** For parameters and headers: their name (and `in`), used in messages. */
  name?: string;
  /** For parameters: where it goes; header parameters have their own property ids. */
  in?: 'query' | 'header' | 'path' | 'cookie';
  /** For parameters: whether it is required (a default only matters on optional ones). */
  required?: boolean;
  /** For parameters: serialized with style `form` and `explode` (query and cookie by default). */
  formExploded?: boolean;
  /** For response bodies: the status code, as written. */
  status?: string;
  /** The operation's `x-stability-level` (policies such as the notice period depend on it). */
  stability?: StabilityReading;
}
