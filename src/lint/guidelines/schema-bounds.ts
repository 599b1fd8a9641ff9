// analyze: OWASP API4 (unrestricted resource consumption) in a description: strings carry a
// maxLength, arrays a maxItems, integers a format and both bounds, so gateways and generated
// validators can refuse an oversized payload before it costs anything. Every schema is read once
// where it is written (schema-walk.ts), so a shared schema yields one finding, not one per use.
import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import type { JsonObject } from '../../specs/json-object.js';
import { walkApiSchemas } from './schema-walk.js';

/** Formats whose values have a fixed or small length by definition. */
const BOUNDED_FORMATS = new Set(['date', 'date-time', 'time', 'uuid', 'binary', 'ipv4', 'ipv6', 'duration']);

function hasType(schema: JsonObject, type: string): boolean {
  return schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type));
}

/** A pattern with no unbounded repetition (`*`, `+`, `{n,}`) bounds the length by itself. */
function boundedPattern(pattern: unknown): boolean {
  return typeof pattern === 'string' && /^\^/.test(pattern) && /\$$/.test(pattern) && !/(?<!\\)[*+]|\{\d+,\}/.test(pattern);
}

export function missingBounds(schema: JsonObject): string | undefined {
  if (hasType(schema, 'string')) {
    const bounded =
      schema.maxLength !== undefined || schema.enum !== undefined || schema.const !== undefined ||
      (typeof schema.format === 'string' && BOUNDED_FORMATS.has(schema.format)) || boundedPattern(schema.pattern);
    if (!bounded) return 'a string needs maxLength (or an enum)';
  }
  if (hasType(schema, 'array') && schema.maxItems === undefined) return 'an array needs maxItems';
  if (hasType(schema, 'integer')) {
    const missing = [
      ...(schema.format === undefined ? ['format (int32 or int64)'] : []),
      ...(schema.minimum === undefined && schema.exclusiveMinimum === undefined ? ['minimum'] : []),
      ...(schema.maximum === undefined && schema.exclusiveMaximum === undefined ? ['maximum'] : []),
    ];
    if (missing.length > 0) return `an integer needs ${missing.join(', ')}`;
  }
  return undefined;
}

/** `property "note"`, `schema "Money"`, or what holds the schema, for the message. */
export function schemaName(path: readonly (string | number)[]): string {
  const property = path.lastIndexOf('properties');
  if (property !== -1 && property === path.length - 2) return `property "${String(path[property + 1])}"`;
  if (path[0] === 'components' && path[1] === 'schemas' && path.length === 3) return `schema "${String(path[2])}"`;
  if (path.includes('parameters')) return 'parameter';
  return 'schema';
}

function isResponseHeader(path: readonly (string | number)[]): boolean {
  return path.some((segment, index) => segment === 'headers' && path[index - 1] !== 'properties');
}

export function boundsFindings(root: unknown): IFunctionResult[] {
  const findings: IFunctionResult[] = [];
  walkApiSchemas(root, {
    schema: ({ schema, path }) => {
      // Response headers (rate-limit counters, Retry-After) are written by the server, not sent by a client.
      if (isResponseHeader(path)) return;
      const missing = missingBounds(schema);
      if (missing !== undefined) findings.push({ message: `Unbounded ${schemaName(path)}: ${missing} (OWASP API4)`, path });
    },
  });
  return findings;
}

export const apiSchemaBounds = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function apiSchemaBounds(document) {
    return boundsFindings(document);
  },
);
