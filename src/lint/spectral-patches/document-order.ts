// parse: the data Spectral lints, as its own JSON parser would hand it over, built from the
// loader's `JSON.parse` instead. Spectral's parser keeps every object's keys in the order they
// are written, through a proxy on every object; JavaScript objects list integer-like keys
// first, so for objects such as `{"default": …, "200": …}` the two orders differ. Rules can see
// the difference (which of two errors AJV reports first, the order `alphabetical` checks), so
// only those objects get the same order-keeping proxy, from the same module Spectral's parser
// uses; every other object stays plain and is walked several times faster (a review of
// GitHub's description walks millions of nodes).
import { orderedObject } from './spectral-json.js';

type Path = Array<string | number>;

/** The member names of the object at `path` as the text writes them; undefined where none stands. */
export type WrittenKeys = (path: ReadonlyArray<string | number>) => readonly string[] | undefined;

/**
 * `data` with its keys in the order `writtenKeys` reads from the text. Only objects whose order
 * JavaScript can change are asked: those with a key that starts with a digit, among two or more
 * (without such a key, `JSON.parse` lists keys as written; duplicate keys never reach here, the
 * loader refuses them).
 */
export function inWrittenOrder(data: unknown, writtenKeys: WrittenKeys): unknown {
  return ordered(data, [], writtenKeys);
}

function ordered(value: unknown, path: Path, writtenKeys: WrittenKeys): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return arrayInOrder(value, path, writtenKeys);
  return objectInOrder(value as Record<string, unknown>, path, writtenKeys);
}

function arrayInOrder(items: unknown[], path: Path, writtenKeys: WrittenKeys): unknown[] {
  let copy: unknown[] | undefined;
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    path.push(index);
    const inOrder = ordered(item, path, writtenKeys);
    path.pop();
    if (inOrder !== item) (copy ??= items.slice())[index] = inOrder;
  }
  return copy ?? items;
}

function objectInOrder(object: Record<string, unknown>, path: Path, writtenKeys: WrittenKeys): object {
  const keys = Object.keys(object);
  const written = keys.length > 1 && keys.some(startsWithDigit) ? (writtenKeys(path) ?? keys) : keys;
  const reordered = keys.length !== written.length || !keys.every((key, index) => written[index] === key);
  let changed: Map<string, unknown> | undefined;
  for (const key of keys) {
    const value = object[key];
    path.push(key);
    const inOrder = ordered(value, path, writtenKeys);
    path.pop();
    if (inOrder !== value) (changed ??= new Map()).set(key, inOrder);
  }
  if (!reordered && changed === undefined) return object;
  const copy: Record<string, unknown> = {};
  const order = reordered ? [...written] : keys;
  // Defined, not assigned: a key such as `__proto__` stays a plain member, as JSON.parse made it.
  for (const key of order) Object.defineProperty(copy, key, { value: changed?.has(key) ? changed.get(key) : object[key], enumerable: true, writable: true, configurable: true });
  return reordered ? orderedObject(copy, order) : copy;
}

function startsWithDigit(key: string): boolean {
  const code = key.charCodeAt(0);
  return code >= 48 && code <= 57;
}
