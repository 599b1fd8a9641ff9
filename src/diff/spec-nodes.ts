// analyze: reading a loaded spec as nodes. Every step follows `$ref` lazily, so checks see
// resolved values while findings keep pointing at the file and line where a value is written.
import type { LoadedSpec, SpecNode } from '../specs/loaded-spec.js';
import { childNode, resolveNode } from '../specs/resolve-node.js';

import { isJsonObject, type JsonObject } from '../specs/json-object.js';

export { isJsonObject as isObject, type JsonObject };

/** The child `key` of `node`, with `$ref`s followed on both ends. */
export function childOf(spec: LoadedSpec, node: SpecNode, key: string | number): SpecNode {
  return resolveNode(spec, childNode(resolveNode(spec, node), key));
}

/** The entries of an object node (resolved), each child resolved, in key order as written. */
export function entriesOf(spec: LoadedSpec, node: SpecNode): [string, SpecNode][] {
  const resolved = resolveNode(spec, node);
  if (!isJsonObject(resolved.value)) return [];
  return Object.keys(resolved.value).map((key) => [key, resolveNode(spec, childNode(resolved, key))]);
}

/** The items of an array node (resolved), each item resolved. */
export function itemsOf(spec: LoadedSpec, node: SpecNode): SpecNode[] {
  const resolved = resolveNode(spec, node);
  if (!Array.isArray(resolved.value)) return [];
  return resolved.value.map((_, index) => resolveNode(spec, childNode(resolved, index)));
}

/** A child of an object value, read without resolving (for scalars such as `required`). */
export function fieldOf(node: SpecNode, key: string): unknown {
  return isJsonObject(node.value) ? node.value[key] : undefined;
}

export function hasValue(node: SpecNode): boolean {
  return node.value !== undefined && node.value !== null;
}
