// parse: the operations of a path item are its keys named by HTTP methods (OpenAPI's fixed list).
import { formatOperationName } from './operation-name.js';
import type { JsonPath } from './source-location.js';

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export type HttpMethod = (typeof httpMethods)[number];

const methodNames: ReadonlySet<string> = new Set(httpMethods);

export function isHttpMethod(key: unknown): key is HttpMethod {
  return typeof key === 'string' && methodNames.has(key);
}

/** `METHOD /path` when a JSON path lies inside `paths.<path>.<method>`, else `undefined`. */
export function operationAt(path: JsonPath): string | undefined {
  const [section, template, method] = path;
  if (section !== 'paths' || typeof template !== 'string' || !isHttpMethod(method)) return undefined;
  return formatOperationName(method, template);
}
