// parse: RFC 6901 JSON pointers, as `$ref` fragments write them.
import type { JsonPath } from './source-location.js';

/** `#/components/schemas/Pet` or `/components/schemas/Pet` -> ['components', 'schemas', 'Pet']. */
export function parsePointer(fragment: string): string[] {
  const pointer = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (pointer === '' || pointer === '/') return pointer === '/' ? [''] : [];
  return pointer
    .slice(pointer.startsWith('/') ? 1 : 0)
    .split('/')
    .map((segment) => safeDecode(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function formatPointer(path: JsonPath): string {
  return '/' + path.map((segment) => String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

/** The value at `path` inside `data`, or `undefined`. Only own properties are followed. */
export function valueAt(data: unknown, path: JsonPath): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    const key = String(segment);
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
