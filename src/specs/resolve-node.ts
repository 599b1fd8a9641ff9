// analyze: lazy `$ref` following for the diff engine. Only the nodes a comparison visits are
// resolved, so a 13 MB description is never dereferenced as a whole.
import type { LoadedSpec, SpecNode } from './loaded-spec.js';
import { valueAt } from './json-pointer.js';
import { refTarget } from './ref-target.js';
import type { JsonPath } from './source-location.js';

/** A node after following its `$ref` chain; `ref` is the last `$ref` string followed. */
export interface ResolvedNode extends SpecNode {
  ref?: string;
}

/** Follows `$ref` until a value that is not a reference; unresolvable or cyclic chains give `value: undefined`. */
export function resolveNode(spec: LoadedSpec, node: SpecNode): ResolvedNode {
  let current: ResolvedNode = node;
  const seen = new Set<string>();
  while (isRef(current.value)) {
    const ref = current.value.$ref;
    const target = refTarget(current.file, ref);
    if (target.kind !== 'local') return { ...current, value: undefined, ref };
    const key = `${target.file}#${target.path.join('/')}`;
    if (seen.has(key)) return { ...current, value: undefined, ref };
    seen.add(key);
    const data = fileData(spec, target.file);
    current = { value: valueAt(data, target.path), file: target.file, path: target.path, ref };
  }
  return current;
}

/**
 * Values assembled from several places of the files (a flattened `allOf`) have no place of their
 * own: each remembers where its children really are, so what is found below them is still located.
 */
const childOrigins = new WeakMap<object, ReadonlyMap<string | number, SpecNode>>();

/** Registers where the children of an assembled `value` live; returns `value`. */
export function assembledValue<T extends object>(value: T, origins: ReadonlyMap<string | number, SpecNode>): T {
  childOrigins.set(value, origins);
  return value;
}

/** Whether `value` was assembled (it stands at a place whose written value is another one). */
export function isAssembled(value: unknown): boolean {
  return typeof value === 'object' && value !== null && childOrigins.has(value);
}

/** The child `key` of an already resolved node (where it really is, for an assembled value). */
export function childNode(node: SpecNode, key: string | number): SpecNode {
  const origin = typeof node.value === 'object' && node.value !== null ? childOrigins.get(node.value)?.get(key) : undefined;
  if (origin !== undefined) return origin;
  return { value: valueAt(node.value, [key]), file: node.file, path: [...node.path, key] };
}

/** The data of a file of the spec; the root file is read in its (converted) OpenAPI 3 form. */
export function fileData(spec: LoadedSpec, file: string): unknown {
  if (file === spec.root) return spec.document;
  return spec.files.get(file)?.data;
}

export function rootNode(spec: LoadedSpec, path: JsonPath = []): SpecNode {
  return { value: valueAt(spec.document, path), file: spec.root, path };
}

export function isRef(value: unknown): value is { $ref: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { $ref?: unknown }).$ref === 'string'
  );
}
