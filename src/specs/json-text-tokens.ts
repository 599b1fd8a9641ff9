// parse: the pieces of JSON text that both readers of a file's raw text need: the scan before
// `JSON.parse` (json-text-scan.ts) and the locator after it (json-text-locator.ts). The
// characters they stop at, where a string ends, and what a key decodes to.

export const QUOTE = 34;
export const BACKSLASH = 92;
export const OPEN_BRACE = 123;
export const CLOSE_BRACE = 125;
export const OPEN_BRACKET = 91;
export const CLOSE_BRACKET = 93;
export const COLON = 58;
export const COMMA = 44;
/** Every character at or below it that stands outside a string of JSON is a blank. */
export const SPACE = 32;

/**
 * The offset just past the string whose opening quote is at `start` (the text's end if it never
 * closes): the next quote after an even run of backslashes, found by the native `indexOf`.
 */
export function stringEnd(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

/**
 * The key whose quotes are at `start` and `end - 1`, decoded as JSON decodes it: without escapes
 * it is its text. Undefined where JSON cannot decode it (text not yet known to be JSON).
 */
export function jsonKeyAt(text: string, start: number, end: number): string | undefined {
  const raw = text.slice(start + 1, end - 1);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    return undefined;
  }
}
