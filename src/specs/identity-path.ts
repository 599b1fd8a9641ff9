// parse: a JSON path that names array items by what they are, not where they stand. Parameters,
// enum values, tags, security requirements and `$ref`ed schema members keep their identity when an
// author reorders a list, so whatever is keyed on a path (lint finding identity, the fingerprints
// acceptances cover) neither loses track of an item nor mistakes another item at the same index
// for it. Items with nothing that identifies them (an inline oneOf member) keep their index.
import { parsePointer } from './json-pointer.js';
import type { JsonPath } from './source-location.js';

export type IdentitySegment = string | number;

/** `path` inside `data`, with every array index that names an identifiable item replaced by its identity. */
export function identityPath(data: unknown, path: JsonPath): IdentitySegment[] {
  const segments: IdentitySegment[] = [];
  let current = data;
  for (const [position, segment] of path.entries()) {
    const item = childOf(current, segment);
    segments.push(typeof segment === 'number' && Array.isArray(current) ? itemIdentity(item, segment, path[position - 1], data) : segment);
    current = item;
  }
  return segments;
}

/**
 * What an array item is: `=value` for a scalar (enum values, `required` names, tag names as
 * strings), `query:limit` for a parameter (through a local `$ref`), `$ref:…` for another
 * reference, `name:…` for a named object (a tag), the scheme names of a security requirement.
 */
export function itemIdentity(item: unknown, index: number, arrayKey: string | number | undefined, root?: unknown): IdentitySegment {
  if (item === null) return '=null';
  if (typeof item === 'string') return `=${item}`;
  if (typeof item === 'number' || typeof item === 'boolean') return `=${JSON.stringify(item)}`;
  if (typeof item !== 'object' || Array.isArray(item)) return index;
  const record = item as Record<string, unknown>;
  if (arrayKey === 'security') return `security:${Object.keys(record).sort().join('+')}`;
  const named = arrayKey === 'parameters' ? parameterIdentity(record, root) : undefined;
  if (named !== undefined) return named;
  if (typeof record.$ref === 'string') return `$ref:${record.$ref}`;
  if (typeof record.name === 'string') return typeof record.in === 'string' ? `${record.in}:${record.name}` : `name:${record.name}`;
  return index;
}

/** A parameter is its location and name, whether written inline or as a local `$ref`. */
function parameterIdentity(record: Record<string, unknown>, root: unknown): string | undefined {
  const target = typeof record.$ref === 'string' && record.$ref.startsWith('#') ? valueAtPointer(root, record.$ref) : record;
  if (target === null || typeof target !== 'object') return undefined;
  const { name, in: location } = target as Record<string, unknown>;
  return typeof name === 'string' && typeof location === 'string' ? `${location}:${name}` : undefined;
}

function valueAtPointer(root: unknown, pointer: string): unknown {
  return parsePointer(pointer).reduce<unknown>((current, segment) => childOf(current, segment), root);
}

function childOf(value: unknown, segment: string | number): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  const key = String(segment);
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}
