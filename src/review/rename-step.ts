// assess: a probable rename as one migration step that says what replaced what. The engine reports
// a rename as one finding on the new property whose message names the old one; the plan turns it
// into "`Order.name` is now `Order.displayName`: read the new name …" instead of two changes.

/** The ids the schema comparator gives a probable rename (one per direction). */
export const RENAME_IDS: ReadonlySet<string> = new Set(['request-property-renamed', 'response-property-renamed']);

/** The old property name in a rename message: "probably renamed from `name` (…)". */
export function renamedFrom(message: string): string | undefined {
  return /probably renamed from `([^`]+)`/.exec(message)?.[1];
}

/**
 * `Order.name` for `Order.displayName` renamed from `name`; a route (`data/items/displayName`)
 * keeps its route and changes only its last step.
 */
export function previousName(current: string, oldProperty: string): string {
  const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('/'));
  return cut < 0 ? oldProperty : `${current.slice(0, cut + 1)}${oldProperty}`;
}

/** "response property `Order.name` is now `Order.displayName`: read the new name …". */
export function renameStep(kind: string, current: string, oldProperty: string, filledHint: string): string {
  const advice = filledHint.charAt(0).toLowerCase() + filledHint.slice(1);
  return `${kind} \`${previousName(current, oldProperty)}\` is now \`${current}\`: ${advice}`;
}
