// analyze: how the trusted guideline functions read an API description. They run unresolved (on
// the file as written), so each finding lands where the author wrote the thing once, not once per
// `$ref` that reaches it; local `$ref`s are followed here, by hand and with a bound.
import { parsePointer, valueAt } from '../../specs/json-pointer.js';
import { httpMethods } from '../../specs/http-methods.js';
import { isJsonObject, type JsonObject } from '../../specs/json-object.js';

export type Segment = string | number;
export type Path = Segment[];

/** A value with where it was written (after following `$ref`s, the place of the target). */
export interface Located<T = JsonObject> {
  value: T;
  path: Path;
}

export interface Operation {
  method: string;
  template: string;
  /** The operation object as written. */
  value: JsonObject;
  path: Path;
  /** Path-level then operation-level parameters, resolved; an operation's own wins by name and place. */
  parameters: Located[];
}

const MAX_REF_HOPS = 16;

/** Follows local `$ref`s from `value` (at `path`); `undefined` when one leads nowhere. */
export function resolveLocal(root: unknown, value: unknown, path: Path): Located<unknown> | undefined {
  let current: Located<unknown> = { value, path };
  for (let hop = 0; hop < MAX_REF_HOPS; hop += 1) {
    if (!isJsonObject(current.value) || typeof current.value.$ref !== 'string') return current;
    const ref = current.value.$ref;
    if (!ref.startsWith('#')) return undefined;
    const target = parsePointer(ref);
    current = { value: valueAt(root, target), path: target };
    if (current.value === undefined) return undefined;
  }
  return undefined;
}

export function resolveObject(root: unknown, value: unknown, path: Path): Located | undefined {
  const found = resolveLocal(root, value, path);
  return found !== undefined && isJsonObject(found.value) ? { value: found.value, path: found.path } : undefined;
}

/**
 * Every operation of `paths`, in document order. Webhooks are left out: the API calls them, so
 * their security, error responses and pagination are the receiver's, not this API's.
 */
export function operationsOf(root: unknown): Operation[] {
  if (!isJsonObject(root)) return [];
  const operations: Operation[] = [];
  for (const section of ['paths']) {
    const items = root[section];
    if (!isJsonObject(items)) continue;
    for (const [template, written] of Object.entries(items)) {
      const item = resolveObject(root, written, [section, template]);
      if (item === undefined) continue;
      const shared = parameterList(root, item.value.parameters, [...item.path, 'parameters']);
      for (const method of httpMethods) {
        const value = item.value[method];
        if (!isJsonObject(value)) continue;
        const path = [...item.path, method];
        const own = parameterList(root, value.parameters, [...path, 'parameters']);
        const ownKeys = new Set(own.map(parameterKey));
        operations.push({ method, template, value, path, parameters: [...shared.filter((p) => !ownKeys.has(parameterKey(p))), ...own] });
      }
    }
  }
  return operations;
}

function parameterList(root: unknown, list: unknown, path: Path): Located[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry, index) => {
    const found = resolveObject(root, entry, [...path, index]);
    // Reported where the list names it: that is the operation's choice, even for a shared parameter.
    return found === undefined ? [] : [{ value: found.value, path: [...path, index] }];
  });
}

function parameterKey(parameter: Located): string {
  return `${String(parameter.value.in)}:${String(parameter.value.name).toLowerCase()}`;
}

/** The responses of an operation, each resolved, keyed by status code as written. */
export function responsesOf(root: unknown, operation: Operation): Map<string, Located> {
  const responses = new Map<string, Located>();
  if (!isJsonObject(operation.value.responses)) return responses;
  for (const [code, written] of Object.entries(operation.value.responses)) {
    const found = resolveObject(root, written, [...operation.path, 'responses', code]);
    if (found !== undefined) responses.set(code, found);
  }
  return responses;
}

/** Header names (lowercased) any of the responses declares. */
export function responseHeaderNames(responses: Map<string, Located>): Set<string> {
  const names = new Set<string>();
  for (const response of responses.values()) {
    if (isJsonObject(response.value.headers)) for (const name of Object.keys(response.value.headers)) names.add(name.toLowerCase());
  }
  return names;
}

/** Literal (non-template) segments of a path template, in order, with whether a `{param}` follows. */
export function pathSegments(template: string): { text: string; literal: boolean }[] {
  return template
    .split('/')
    .filter((segment) => segment !== '')
    .map((text) => ({ text, literal: !/^\{.*\}$/.test(text) }));
}

export const VERSION_SEGMENT = /^v\d+(?:\.\d+)*$/i;
