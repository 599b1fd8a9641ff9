// analyze: the document the incremental lint runs local rules on — every top-level key as
// written, but unit maps holding only the kept units, in their original order. JSON paths of
// kept values are those of the full document, so findings need no mapping.
import { unitKeyOf } from './document-units.js';
import { isJsonObject } from '../specs/json-object.js';

const MEMBER_MAPS = new Set(['paths', 'webhooks', 'definitions', 'parameters', 'responses']);

// Built with Object.fromEntries throughout: a key named `__proto__` stays a plain key.
export function reducedDocument(data: Record<string, unknown>, kept: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => {
      if (key === 'components' && isJsonObject(value)) {
        return [key, Object.fromEntries(Object.entries(value).map(([kind, map]) => [kind, keptMembers(map, [key, kind], kept)]))];
      }
      return [key, MEMBER_MAPS.has(key) ? keptMembers(value, [key], kept) : value];
    }),
  );
}

function keptMembers(map: unknown, at: string[], kept: ReadonlySet<string>): unknown {
  if (!isJsonObject(map)) return map;
  return Object.fromEntries(Object.entries(map).filter(([name]) => kept.has(unitKeyOf([...at, name]))));
}
