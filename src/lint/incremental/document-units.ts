// analyze: a single-file API description cut into units — one per path item, webhook and
// reusable component, one per other top-level key — with the local `$ref`s between them. The
// incremental lint keeps or drops whole units, so every JSON path inside a kept unit stays valid.
import { refTarget } from '../../specs/ref-target.js';
import type { JsonPath } from '../../specs/source-location.js';
import { isJsonObject } from '../../specs/json-object.js';

/**
 * Top-level maps whose members are units; `components` holds one such map per kind.
 * `x-webhooks` is the extension OpenAPI 3.0 descriptions (GitHub's among them) hold webhooks in,
 * as 3.1 holds them in `webhooks`: one unit a webhook, not one for all of them (GitHub's inline
 * 12 MB of schemas once resolved).
 */
export const MEMBER_MAPS: ReadonlySet<string> = new Set(['paths', 'webhooks', 'x-webhooks', 'definitions', 'parameters', 'responses']);

export interface DocumentUnits {
  /** Unit key -> its value, in document order. */
  values: ReadonlyMap<string, unknown>;
  /** Unit key -> the units its `$ref`s point into. */
  references: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A unit key: `paths\u0000/pets`, `components\u0000schemas\u0000Pet`, `info`. */
export function unitKeyOf(path: JsonPath): string {
  const [first, second, third] = path.map(String);
  if (first === undefined) return '';
  if (first === 'components' && second !== undefined && third !== undefined) return [first, second, third].join('\u0000');
  if (MEMBER_MAPS.has(first) && second !== undefined) return [first, second].join('\u0000');
  return first;
}

/** True for keys naming a map of units (or the root), whose kept content a reduced document changes. */
export function isContainerPath(path: JsonPath): boolean {
  if (path.length === 0) return true;
  const [first] = path.map(String);
  if (first === 'components') return path.length <= 2;
  return MEMBER_MAPS.has(String(first)) && path.length === 1;
}

/**
 * The units of `data` (the root file as written), or `undefined` when a `$ref` leaves the file:
 * then what a unit depends on is not visible here and the lint is not made incremental.
 */
export function documentUnits(data: unknown, file: string): DocumentUnits | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const values = new Map<string, unknown>();
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const members = memberEntries(key, value);
    if (members === 'not a map') return undefined;
    if (members === undefined) values.set(key, value);
    else for (const [path, member] of members) values.set(unitKeyOf(path), member);
  }
  // A `components` kept whole (one of its kinds is not a map) would not hold the units refs name.
  if (values.has('components')) return undefined;
  const references = new Map<string, ReadonlySet<string>>();
  for (const [key, value] of values) {
    const targets = referencedUnits(value, file);
    if (targets === undefined) return undefined;
    references.set(key, targets);
  }
  return { values, references };
}

function memberEntries(key: string, value: unknown): [JsonPath, unknown][] | 'not a map' | undefined {
  // A member map that is not a map (invalid) would hold findings under unit keys no unit has.
  if (!isJsonObject(value)) return MEMBER_MAPS.has(key) ? 'not a map' : undefined;
  if (MEMBER_MAPS.has(key)) return Object.entries(value).map(([name, member]) => [[key, name], member]);
  if (key !== 'components') return undefined;
  const entries: [JsonPath, unknown][] = [];
  for (const [kind, map] of Object.entries(value)) {
    // A kind that is not a map (invalid, but possible) stays whole inside its own unit.
    if (!isJsonObject(map)) return undefined;
    for (const [name, member] of Object.entries(map)) entries.push([['components', kind, name], member]);
  }
  return entries;
}

function referencedUnits(value: unknown, file: string): Set<string> | undefined {
  const targets = new Set<string>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      // A loop, not a spread: an array of 10^6 items as arguments overflows the stack.
      for (const item of current) stack.push(item);
      continue;
    }
    const record = current as Record<string, unknown>;
    if (typeof record.$ref === 'string') {
      const target = refTarget(file, record.$ref);
      if (target.kind !== 'local' || target.file !== file || isContainerPath(target.path)) return undefined;
      targets.add(unitKeyOf(target.path));
    }
    for (const key in record) if (key !== '$ref') stack.push(record[key]);
  }
  return targets;
}
