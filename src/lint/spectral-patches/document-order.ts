// parse: the data Spectral lints, as its own JSON parser would hand it over, built from the
// loader's `JSON.parse` instead. Spectral's parser keeps every object's keys in the order they
// are written, through a proxy on every object; JavaScript objects list integer-like keys
// first, so for objects such as `{"default": …, "200": …}` the two orders differ. Rules can see
// the difference (which of two errors AJV reports first, the order `alphabetical` checks), so
// only those objects get the same order-keeping proxy, from the same module Spectral's parser
// uses; every other object stays plain and is walked several times faster (a review of
// GitHub's description walks millions of nodes).
import type { JsonAstNode } from './json-locator.js';
import { orderedObject } from './spectral-json.js';

/**
 * `data` (the `JSON.parse` of a file) with its keys in the order `ast` (the positioned parse of
 * the same text) writes them. Shares every part that needs no change; `data` is not changed.
 */
export function inDocumentOrder(data: unknown, ast: JsonAstNode | undefined): unknown {
  if (ast === undefined || data === null || typeof data !== 'object') return data;
  if (Array.isArray(data)) return arrayInOrder(data, ast);
  return objectInOrder(data as Record<string, unknown>, ast);
}

function arrayInOrder(items: unknown[], ast: JsonAstNode): unknown[] {
  const nodes = ast.type === 'array' ? (ast.children ?? []) : [];
  let copy: unknown[] | undefined;
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    const ordered = inDocumentOrder(item, nodes[index]);
    if (ordered !== item) (copy ??= items.slice())[index] = ordered;
  }
  return copy ?? items;
}

function objectInOrder(object: Record<string, unknown>, ast: JsonAstNode): object {
  const keys = Object.keys(object);
  const written = writtenMembers(ast);
  // Keys of a plain object are in written order unless some are integer-like (those come first,
  // in ascending order); duplicate keys never reach here (the loader refuses them).
  const reordered = keys.length !== written.length || !keys.every((key, index) => written[index]?.key === key);
  const byKey = reordered ? new Map(written.map((member) => [member.key, member.value])) : undefined;
  let changed: Map<string, unknown> | undefined;
  keys.forEach((key, index) => {
    const value = object[key];
    const node = byKey ? byKey.get(key) : written[index]?.key === key ? written[index]?.value : undefined;
    const ordered = inDocumentOrder(value, node);
    if (ordered !== value) (changed ??= new Map()).set(key, ordered);
  });
  if (!reordered && changed === undefined) return object;
  const copy: Record<string, unknown> = {};
  const order = reordered ? written.map((member) => member.key) : keys;
  // Defined, not assigned: a key such as `__proto__` stays a plain member, as JSON.parse made it.
  for (const key of order) Object.defineProperty(copy, key, { value: changed?.has(key) ? changed.get(key) : object[key], enumerable: true, writable: true, configurable: true });
  return reordered ? orderedObject(copy, order) : copy;
}

function writtenMembers(ast: JsonAstNode): { key: string; value: JsonAstNode | undefined }[] {
  if (ast.type !== 'object') return [];
  return (ast.children ?? []).map((property) => ({ key: String(property.children?.[0]?.value), value: property.children?.[1] }));
}
