// analyze: oasdiff's schema checks for numeric, length, item-count and pattern constraints.
// Data only: one row per aspect the comparator in `src/diff/schema/` reports, with oasdiff's level at
// each place it has an id for (schema/check-table.ts turns rows into catalog records).
import { defineSchemaChecks, type SchemaCheckRow } from '../schema/check-table.js';

export const schemaConstraintsRows = [
  { aspect: 'exclusive-max-decreased', change: 'had its `exclusiveMaximum` lowered', at: { 'request-body': 'error', 'request-property': 'error', 'request-read-only-property': 'info' }, descriptions: { 'request-read-only-property': 'A `readOnly` request property had its `exclusiveMaximum` lowered; informational because readOnly values are not sent.' } },
  { aspect: 'exclusive-max-increased', change: 'had its `exclusiveMaximum` raised', at: { 'request-body': 'info', 'request-property': 'info', 'response-body': 'error', 'response-property': 'error' } },
  { aspect: 'exclusive-max-set', change: 'gained an `exclusiveMaximum` where it had none', at: { 'request-body': 'warning', 'request-property': 'warning' } },
  { aspect: 'exclusive-min-decreased', change: 'had its `exclusiveMinimum` lowered', at: { 'request-body': 'info', 'request-property': 'info', 'response-body': 'error', 'response-property': 'error' } },
  { aspect: 'exclusive-min-increased', change: 'had its `exclusiveMinimum` raised', at: { 'request-body': 'error', 'request-property': 'error', 'request-read-only-property': 'info' }, descriptions: { 'request-read-only-property': 'A `readOnly` request property had its `exclusiveMinimum` raised; informational because readOnly values are not sent.' } },
  { aspect: 'exclusive-min-set', change: 'gained an `exclusiveMinimum` where it had none', at: { 'request-body': 'warning', 'request-property': 'warning' } },
  { aspect: 'max-contains-decreased', change: 'had its `maxContains` lowered', at: { 'request-body': 'error', 'request-property': 'error', 'response-body': 'info', 'response-property': 'info' } },
  { aspect: 'max-contains-increased', change: 'had its `maxContains` raised', at: { 'request-body': 'info', 'request-property': 'info', 'response-body': 'error', 'response-property': 'error' } },
  { aspect: 'max-decreased', change: 'had its `maximum` lowered', at: { 'request-body': 'error', 'request-property': 'error', 'request-read-only-property': 'info' }, descriptions: { 'request-read-only-property': 'A `readOnly` property in a request body had its `maximum` lowered; readOnly values are not sent, so this is informational.' } },
  { aspect: 'max-increased', change: 'had its `maximum` raised', at: { 'request-body': 'info', 'request-property': 'info', 'response-body': 'error', 'response-property': 'error' } },
  { aspect: 'max-length-decreased', change: 'had its `maxLength` lowered', at: { 'request-body': 'error', 'request-property': 'error', 'request-read-only-property': 'info' }, descriptions: { 'request-read-only-property': 'A `readOnly` request property had its `maxLength` lowered; informational because readOnly values are not sent.' } },
  { aspect: 'max-length-increased', change: 'had its `maxLength` raised', at: { 'request-body': 'info', 'request-property': 'info', 'response-body': 'error', 'response-property': 'error' } },
  { aspect: 'max-length-set', change: 'gained a `maxLength` limit where it had none', at: { 'request-body': 'warning', 'request-property': 'warning' } },
  { aspect: 'max-set', change: 'gained a `maximum` where it had none', at: { 'request-body': 'warning', 'request-property': 'warning' } },
  { aspect: 'min-contains-decreased', change: 'had its `minContains` lowered', at: { 'request-body': 'info', 'request-property': 'info', 'response-body': 'error', 'response-property': 'error' } },
  { aspect: 'min-contains-increased', change: 'had its `minContains` raised', at: { 'request-body': 'error', 'request-property': 'error', 'response-body': 'info', 'response-property': 'info' } },
  { aspect: 'min-decreased', change: 'had its `minimum` lowered', at: { 'request-body': 'info', 'request-property': 'info', 'response-body': 'error', 'response-property': 'error' } },
  { aspect: 'min-increased', change: 'had its `minimum` raised', at: { 'request-body': 'error', 'request-property': 'error', 'request-read-only-property': 'info' }, descriptions: { 'request-read-only-property': 'A `readOnly` request property had its `minimum` raised; informational because readOnly values are not sent.' } },
  { aspect: 'min-items-increased', change: 'had its `minItems` raised', at: { 'request-body': 'error', 'request-property': 'error' } },
  { aspect: 'min-items-set', change: 'gained a `minItems` limit where it had none', at: { 'request-body': 'warning', 'request-property': 'warning' } },
  { aspect: 'min-length-decreased', change: 'had its `minLength` lowered', at: { 'request-body': 'info', 'request-property': 'info', 'response-body': 'error', 'response-property': 'error' } },
  { aspect: 'min-length-increased', change: 'had its `minLength` raised', at: { 'request-body': 'error', 'request-property': 'error' } },
  { aspect: 'min-set', change: 'gained a `minimum` where it had none', at: { 'request-body': 'warning', 'request-property': 'warning' } },
  { aspect: 'pattern-property-added', change: 'gained a `patternProperties` entry', at: { 'request-body': 'error', 'request-property': 'error', 'response-body': 'info', 'response-property': 'info' } },
  { aspect: 'pattern-property-removed', change: 'lost a `patternProperties` entry', at: { 'request-body': 'info', 'request-property': 'info', 'response-body': 'error', 'response-property': 'error' }, migrations: { request: 'No action needed for requests to {{operation}}; review {{name}} if you rely on it.', response: 'Make your client tolerate {{name}} being absent from {{operation}} responses.' } },
  { aspect: 'pattern-added', change: 'gained a `pattern` where it had none', at: { 'request-property': 'error', 'response-property': 'info' } },
  { aspect: 'pattern-changed', change: 'had its `pattern` replaced by a different one', at: { 'request-property': 'warning', 'response-property': 'info' }, descriptions: { 'response-property': 'A response body property had its `pattern` replaced by a different one; reported at info level by default.' } },
  { aspect: 'pattern-generalized', change: 'had its `pattern` replaced by the match-anything `.*`', at: { 'request-property': 'info' } },
  { aspect: 'pattern-removed', change: 'lost its `pattern`', at: { 'request-property': 'info', 'response-property': 'info' }, descriptions: { 'response-property': 'A response body property lost its `pattern`; reported at info level by default even though the server may now return values the old pattern excluded.' }, migrations: { request: 'No action needed for requests to {{operation}}; review {{name}} if you rely on it.' } },
  { aspect: 'max-length-unset', change: 'lost its `maxLength` limit', at: { 'response-body': 'error', 'response-property': 'error' }, migration: 'Make your client tolerate {{name}} being absent from {{operation}} responses.' },
  { aspect: 'min-items-decreased', change: 'had its `minItems` lowered', at: { 'response-body': 'error', 'response-property': 'error' } },
  { aspect: 'min-items-unset', change: 'lost its `minItems` limit', at: { 'response-body': 'error', 'response-property': 'error' }, migration: 'Make your client tolerate {{name}} being absent from {{operation}} responses.' },
] as const satisfies readonly SchemaCheckRow[];

export const schemaConstraintsChecks = defineSchemaChecks('schema-constraints', schemaConstraintsRows);
