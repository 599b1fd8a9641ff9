// analyze: the document the incremental lint runs local rules on — every top-level key as
// written, but unit maps holding only the kept units, in their original order. JSON paths of
// kept values are those of the full document, so findings need no mapping.
import { MEMBER_MAPS, unitKeyOf } from './document-units.js';
import { isJsonObject } from '../../specs/json-object.js';

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

/** What decides a document's formats for Spectral (a ruleset's format functions). */
export type FormatTest = (document: unknown, source: string | null) => boolean;

/**
 * The resolved tree the unit-local rules traverse from `linted` units: unit maps holding those
 * only, and of the other top-level keys (each a unit) the linted ones and those holding a plain
 * value (`openapi`: formats are read from them). A top-level unit left out
 * has the same findings on both sides, as any unit left out (see lint-change.ts), and a
 * resolved one can be large (GitHub's `x-webhooks` inlines 12 MB of schemas). Spectral decides
 * the formats from this tree: when a format would come out otherwise than for the whole tree,
 * every top-level key stays.
 */
export function lintedView(resolved: Record<string, unknown>, linted: ReadonlySet<string>, formats: Iterable<FormatTest>, source: string | null): Record<string, unknown> {
  const reduced = reducedDocument(resolved, linted);
  const view = Object.fromEntries(
    Object.entries(reduced).filter(([key, value]) => value === null || typeof value !== 'object' || key === 'components' || MEMBER_MAPS.has(key) || linted.has(unitKeyOf([key]))),
  );
  for (const format of formats) if (format(view, source) !== format(resolved, source)) return reduced;
  return view;
}
