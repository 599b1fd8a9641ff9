// analyze: oasdiff's schema checks for enum, const and default values.
// Data only: one row per aspect the comparator in `src/diff/schema/` reports, with oasdiff's level at
// each place it has an id for (schema/check-table.ts turns rows into catalog records).
import { defineSchemaChecks, type SchemaCheckRow } from '../schema/check-table.js';

export const schemaValuesRows = [
  { aspect: 'became-enum', change: 'was restricted to an `enum` list where it previously accepted any value of its type', at: { 'request-body': 'error', 'request-property': 'error' } },
  { aspect: 'const-added', change: 'gained a `const` value', at: { 'request-body': 'error', 'request-property': 'error', 'response-body': 'info', 'response-property': 'info' } },
  { aspect: 'const-changed', change: 'had its `const` value changed', at: { 'request-body': 'error', 'request-property': 'error', 'response-body': 'error', 'response-property': 'error' } },
  { aspect: 'const-removed', change: 'lost its `const` value', at: { 'request-body': 'info', 'request-property': 'info', 'response-body': 'error', 'response-property': 'error' }, migrations: { request: 'No action needed for requests to {{operation}}; review {{name}} if you rely on it.', response: 'Make your client tolerate {{name}} being absent from {{operation}} responses.' } },
  { aspect: 'default-value-added', change: 'gained a `default` value', effect: 'same-validity', at: { 'request-body': 'info', 'request-property': 'info', 'response-body': 'info', 'response-property': 'info' } },
  { aspect: 'default-value-changed', change: 'had its `default` value changed', effect: 'same-validity', at: { 'request-body': 'info', 'request-property': 'info', 'response-body': 'info', 'response-property': 'info' } },
  { aspect: 'default-value-removed', change: 'lost its `default` value', effect: 'same-validity', at: { 'request-body': 'info', 'request-property': 'info', 'response-body': 'info', 'response-property': 'info' }, migrations: { request: 'No action needed for requests to {{operation}}; review {{name}} if you rely on it.' } },
  { aspect: 'enum-value-removed', change: 'lost an `enum` value', at: { 'request-body': 'error', 'request-property': 'error', 'request-read-only-property': 'info', 'response-mediatype': 'info', 'response-property': 'info' }, descriptions: { 'request-body': 'The top-level request body schema lost an `enum` value, so clients sending that value are now rejected.', 'request-read-only-property': 'A `readOnly` property in a request body lost an `enum` value; readOnly values are not sent, so this is informational.', 'response-mediatype': 'The top-level enum of a response body lost a value; the server returns a subset of what it did.', 'response-property': 'A response property can no longer take one of its `enum` values; the server returns a subset.' } },
  { aspect: 'enum-value-added', change: 'gained a new `enum` value', at: { 'request-property': 'info', 'response-property': 'warning', 'response-write-only-property': 'info' }, descriptions: { 'response-property': 'A response property can now take a new `enum` value that clients may not recognise.', 'response-write-only-property': 'A `writeOnly` response property gained an `enum` value; clients never receive it.' }, migrations: { 'response-property': 'Handle unknown values of {{name}} in responses from {{operation}} (fall back instead of failing).' } },
  { aspect: 'x-extensible-enum-value-removed', change: 'lost a value from its `x-extensible-enum` list', at: { 'request-property': 'error' } },
] as const satisfies readonly SchemaCheckRow[];

export const schemaValuesChecks = defineSchemaChecks('schema-values', schemaValuesRows);
