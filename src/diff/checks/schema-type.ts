// analyze: oasdiff's schema checks for types, formats, nullability and lists of types.
// Data only: one row per aspect the comparator in `src/diff/schema/` reports, with oasdiff's level at
// each place it has an id for (schema/check-table.ts turns rows into catalog records).
import { defineSchemaChecks, type SchemaCheckRow } from '../schema/check-table.js';

export const schemaTypeRows = [
  { aspect: 'became-not-nullable', change: 'no longer allows `null`', at: { 'request-body': 'error', 'request-property': 'error', 'response-body': 'info', 'response-property': 'info' } },
  { aspect: 'became-nullable', change: 'now allows `null` (via `nullable`, a `"null"` type entry, or a oneOf null wrapper)', at: { 'request-body': 'info', 'request-property': 'info', 'response-body': 'error', 'response-property': 'error' }, migrations: { response: 'Handle `null` for {{name}} in responses from {{operation}}.' } },
  { aspect: 'list-of-types-narrowed', change: 'now allows fewer types in its oneOf/anyOf-of-scalar-types list', at: { 'request-body': 'error', 'request-property': 'error', 'response-body': 'info', 'response-property': 'info' } },
  { aspect: 'list-of-types-widened', change: 'now allows more types in its oneOf/anyOf-of-scalar-types list', at: { 'request-body': 'info', 'request-property': 'info', 'response-body': 'error', 'response-property': 'error' } },
  { aspect: 'type-changed', change: 'had its type or format changed incompatibly', at: { 'request-body': 'error', 'request-property': 'error', 'response-body': 'error', 'response-property': 'error' } },
  { aspect: 'type-compatible', at: { 'request-body': 'info', 'request-property': 'info', 'response-body': 'info', 'response-property': 'info' }, descriptions: { 'request-body': 'The request body schema had its type swapped in a non-JSON media type where the textual form still fits, so it is reported as compatible rather than breaking.', 'request-property': 'A request body property had its type swapped in a non-JSON media type where the textual form still fits, so it is reported as compatible rather than breaking.', 'response-body': 'The response body schema had its type swapped in a non-JSON media type where the textual form still fits, so it is reported as compatible rather than breaking.', 'response-property': 'A response body property had its type swapped in a non-JSON media type where the textual form still fits, so it is reported as compatible rather than breaking.' } },
  { aspect: 'type-generalized', change: 'had its type or format widened (e.g. integer to number, int32 to int64)', at: { 'request-body': 'info', 'request-property': 'info', 'response-body': 'error', 'response-property': 'error' } },
  { aspect: 'type-specialized', change: 'had its type or format narrowed (e.g. number to integer)', at: { 'response-body': 'info', 'response-property': 'info' } },
] as const satisfies readonly SchemaCheckRow[];

export const schemaTypeChecks = defineSchemaChecks('schema-type', schemaTypeRows);
