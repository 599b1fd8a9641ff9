// analyze: a value as JSON text for messages (defaults, scopes); JSON equality is jsonEqual's.
export function rawValueText(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}
