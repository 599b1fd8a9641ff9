// analyze: structural equality of plain JSON values (enum entries, `const`, `default`), so that
// reordered object keys are no change and `1` never equals `"1"`.

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((entry, index) => jsonEqual(entry, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(right, key) && jsonEqual(left[key], right[key]));
}

/** Values of `from` that `to` lacks, as a set comparison (order never matters). */
export function missingValues(from: readonly unknown[], to: readonly unknown[]): unknown[] {
  return from.filter((value) => !to.some((other) => jsonEqual(value, other)));
}

/** A short, stable rendering of a value for messages. */
export function showValue(value: unknown): string {
  return typeof value === 'string' ? `\`${value}\`` : `\`${JSON.stringify(value)}\``;
}
