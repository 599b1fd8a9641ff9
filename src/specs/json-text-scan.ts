// parse: one linear pass over a JSON file's text, before `JSON.parse`, for what the parse cannot
// say. How deep the text nests: the code that walks the parsed data recurses once per level, so
// 10^5 nested brackets are refused on the text, at the first line deeper than `limits.depth`. And
// which key an object writes twice: `JSON.parse` keeps the last silently, so a second `"/pets"`
// would quietly drop every operation of the first; YAML's parser reports the same mistake, and
// JSON gets the same answer. The two were each a loop over every character (about 60 ms each a
// side on GitHub's description); one pass finds both, and skips string contents natively. It
// also notes where the large containers end, which the text locator would otherwise pass over
// the whole text again to learn (json-text-locator.ts).
import { KEPT_END_LENGTH } from './json-text-locator.js';
import { CLOSE_BRACE, CLOSE_BRACKET, COMMA, jsonKeyAt, OPEN_BRACE, OPEN_BRACKET, QUOTE, SPACE, stringEnd } from './json-text-tokens.js';
import type { ExcessNesting } from './nesting-depth.js';

export interface DuplicateKey {
  key: string;
  /** 1-based line of the second occurrence. */
  line: number;
}

export interface JsonTextScan {
  /** Where the nesting first went over the limit; the scan stops there. */
  excess: ExcessNesting | undefined;
  /** The first key an object writes twice; meaningful only for text that `JSON.parse` accepts. */
  duplicateKey: DuplicateKey | undefined;
  /**
   * Where each container longer than the locator keeps ends for ends, by opening offset, when the
   * whole text was followed (no excess, no duplicate): the locator's first read of the text then
   * jumps over them instead of passing over it all again. Meaningful only for text `JSON.parse` accepts.
   */
  largeContainerEnds: Map<number, number> | undefined;
}

interface Frame {
  open: number;
  keys: Set<string> | undefined; // undefined for an array
  expectKey: boolean;
}

export function scanJsonText(text: string, maxDepth: number): JsonTextScan {
  // The depth counts every bracket outside strings, as a guard must on text not yet known to be
  // JSON; the frames follow objects and arrays for their keys, until a first duplicate is found.
  let depth = 0;
  const frames: Frame[] = [];
  let duplicateKey: DuplicateKey | undefined;
  let keysTracked = true;
  const largeContainerEnds = new Map<number, number>();
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code <= SPACE) continue; // blanks: most of an indented file's characters
    if (code === QUOTE) {
      const end = stringEnd(text, at);
      const top = frames.at(-1);
      if (keysTracked && top?.keys && top.expectKey) {
        const key = jsonKeyAt(text, at, end);
        if (key === undefined) keysTracked = false; // not JSON: `JSON.parse` will say so
        else if (top.keys.has(key)) {
          duplicateKey = { key, line: lineAt(text, at) };
          keysTracked = false;
        } else {
          top.keys.add(key);
          top.expectKey = false;
        }
      }
      at = end - 1;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth += 1;
      if (depth > maxDepth) return { excess: { line: lineAt(text, at) }, duplicateKey, largeContainerEnds: undefined };
      if (keysTracked) frames.push({ open: at, keys: code === OPEN_BRACE ? new Set() : undefined, expectKey: code === OPEN_BRACE });
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth = Math.max(0, depth - 1);
      const frame = keysTracked ? frames.pop() : undefined;
      if (frame !== undefined && at + 1 - frame.open > KEPT_END_LENGTH) largeContainerEnds.set(frame.open, at + 1);
    } else if (code === COMMA && keysTracked) {
      const top = frames.at(-1);
      if (top?.keys) top.expectKey = true;
    }
  }
  return { excess: undefined, duplicateKey, largeContainerEnds: keysTracked ? largeContainerEnds : undefined };
}

/** The 1-based line of `offset`: read only for the one place reported, not counted along the way. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let lineFeed = text.indexOf('\n'); lineFeed >= 0 && lineFeed < offset; lineFeed = text.indexOf('\n', lineFeed + 1)) line += 1;
  return line;
}
