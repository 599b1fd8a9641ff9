// analyze: nullability, in both spellings: 3.0 `nullable: true` and a 3.1 `"null"` type entry.
// A schema without a `type` already accepts null, so typing it with `"null"` included is no
// transition (oasdiff #1004). The oneOf-null wrapper is recognised earlier (nullable-wrapper.ts).
import type { NodeComparison } from './node-comparison.js';
import { flag, hasTypeKeyword, rawTypes, type SchemaObject } from './schema-object.js';

export function compareNullability(comparison: NodeComparison): void {
  const { base, head } = comparison;
  if (becameNullable(base, head)) comparison.aspect('became-nullable', 'now allows `null`');
  else if (becameNullable(head, base)) comparison.aspect('became-not-nullable', 'no longer allows `null`');
}

function becameNullable(from: SchemaObject, to: SchemaObject): boolean {
  if (isNullable(from)) return false;
  if (flag(to, 'nullable')) return true;
  return nullInTypes(to) && hasTypeKeyword(from);
}

export function isNullable(schema: SchemaObject): boolean {
  return flag(schema, 'nullable') || nullInTypes(schema);
}

function nullInTypes(schema: SchemaObject): boolean {
  return rawTypes(schema).includes('null');
}
