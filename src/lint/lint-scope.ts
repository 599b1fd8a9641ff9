// analyze: which units of a changed document the incremental lint must keep. A unit is linted
// when it or anything it reaches through `$ref` changed, together with everything it reaches;
// unchanged units outside that set yield the same findings at the base and at the head.
import type { DocumentUnits } from './document-units.js';

export interface LintScope {
  /** Units whose own value or whose `$ref` closure differs between base and head. */
  changed: ReadonlySet<string>;
  /** The units a reduced document keeps: `changed`, plus their closures on both sides. */
  kept: ReadonlySet<string>;
}

export function lintScope(base: DocumentUnits, head: DocumentUnits): LintScope {
  const differing = differingUnits(base, head);
  const changed = new Set([...referrersOf(base, differing), ...referrersOf(head, differing)]);
  return { changed, kept: closureOnBothSides(base, head, changed) };
}

/** Adds every unit that reaches one of `units` (on either side) and the closures of those. */
export function widenScope(base: DocumentUnits, head: DocumentUnits, kept: ReadonlySet<string>, units: Iterable<string>): Set<string> {
  const reaching = new Set([...referrersOf(base, new Set(units)), ...referrersOf(head, new Set(units))]);
  return closureOnBothSides(base, head, new Set([...kept, ...reaching]));
}

/** Every unit on both sides that `units` reach, the units included. */
export function closureOnBothSides(base: DocumentUnits, head: DocumentUnits, units: ReadonlySet<string>): Set<string> {
  return new Set([...closureOf(base, units), ...closureOf(head, units)]);
}

function differingUnits(base: DocumentUnits, head: DocumentUnits): Set<string> {
  const differing = new Set<string>();
  for (const key of new Set([...base.values.keys(), ...head.values.keys()])) {
    if (!base.values.has(key) || !head.values.has(key) || !sameJson(base.values.get(key), head.values.get(key))) differing.add(key);
  }
  return differing;
}

/** Structural equality of parsed JSON/YAML data, key order included (a reorder is a change). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every(
    (key, index) => key === bKeys[index] && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** `units` and every unit that reaches one of them through a chain of `$ref`s. */
function referrersOf(side: DocumentUnits, units: ReadonlySet<string>): Set<string> {
  const reverse = new Map<string, string[]>();
  for (const [from, targets] of side.references) {
    for (const target of targets) {
      const list = reverse.get(target);
      if (list) list.push(from);
      else reverse.set(target, [from]);
    }
  }
  return walk(units, (key) => reverse.get(key) ?? []);
}

function closureOf(side: DocumentUnits, units: ReadonlySet<string>): Set<string> {
  return walk(units, (key) => [...(side.references.get(key) ?? [])]);
}

function walk(start: Iterable<string>, next: (key: string) => Iterable<string>): Set<string> {
  const seen = new Set(start);
  const queue = [...seen];
  while (queue.length > 0) {
    for (const neighbour of next(queue.pop() as string)) {
      if (seen.has(neighbour)) continue;
      seen.add(neighbour);
      queue.push(neighbour);
    }
  }
  return seen;
}
