// analyze: which units of a changed document the incremental lint must lint from. A unit is
// linted when it or anything it reaches through `$ref` changed, and the documents keep
// everything those units reach; unchanged units outside that set yield the same findings at the
// base and at the head.
import type { DocumentUnits } from './document-units.js';

/** Units whose own value or whose `$ref` closure differs between base and head. */
export function changedUnits(base: DocumentUnits, head: DocumentUnits): Set<string> {
  return referrersOnBothSides(base, head, differingUnits(base, head));
}

/** `units` and every unit that reaches one of them through `$ref`s, on either side. */
export function referrersOnBothSides(base: DocumentUnits, head: DocumentUnits, units: ReadonlySet<string>): Set<string> {
  return new Set([...referrersOf(base, units), ...referrersOf(head, units)]);
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
