// parse: where a JSON path stands in a JSON file, read from the text itself. The breaking-change
// engine names the line of every change, and building the positioned parse for that (a node
// for every value of both files) cost the `diff` of GitHub's description 2.5–4 s of its
// whole-process time; this locator skips over what it does not descend into, and indexes the
// members of each object and array it enters, once. It gives the answers of Spectral's own JSON
// parser (`getLocationForJsonPath` over its positioned parse, test/specs/json-text-locator.test.ts),
// for text that `JSON.parse` accepted. Spectral's lint of a JSON file locates its results and
// reads the written order of keys with the same locator (the file's `textLocator`, read by
// src/lint/spectral-patches/json-text-target.ts), so no positioned parse is ever built and no
// container is indexed twice.
import { CLOSE_BRACE, CLOSE_BRACKET, COLON, COMMA, jsonKeyAt, OPEN_BRACE, OPEN_BRACKET, QUOTE, SPACE, stringEnd } from './json-text-tokens.js';
import { lineStartsOf, positionAt, type TextPosition } from './line-starts.js';

export type { TextPosition };

export interface TextRange {
  start: TextPosition;
  end: TextPosition;
}

export interface JsonTextLocator {
  /** The start of the value at `path`, or of its nearest ancestor in the file. */
  closestStart(path: ReadonlyArray<string | number>): TextPosition;
  /**
   * Where the value at `path` starts and ends; with `closest`, the nearest ancestor's when the
   * path leads nowhere, else undefined (the positioned locator's `getLocationForJsonPath`).
   */
  rangeOf(path: ReadonlyArray<string | number>, closest: boolean): TextRange | undefined;
  /** The member names of the object at `path` in written order (the first of a name), or undefined where no object stands. */
  writtenKeys(path: ReadonlyArray<string | number>): string[] | undefined;
}

/** What an entered container holds: member name -> value offset, or element value offsets. */
type Contents = Map<string, number> | number[];

/** What the locator has learnt of its text so far; each container is read once at most. */
interface TextIndex {
  text: string;
  /** The contents of each container entered, by its opening offset. */
  contents: Map<number, Contents>;
  /**
   * Where the large containers passed over so far end, by opening offset. Entering a container
   * skips over its members' values; without this each level of a deep path (the paths, a path
   * item, an operation, its responses) would read the text below it again.
   */
  ends: Map<number, number>;
}

// Containers longer than this have their end kept: with fewer than about one kept end per this
// many characters per level, the map stays small, and what is read again is short.
export const KEPT_END_LENGTH = 256;

/**
 * `largeContainerEnds`: the end of every container of `text` longer than `KEPT_END_LENGTH`, by
 * opening offset, when already known (json-text-scan.ts finds them before the parse); the locator
 * keeps its own ends in it. Without them, its first read passes over the whole text to find them.
 */
export function jsonTextLocator(text: string, largeContainerEnds: Map<number, number> = new Map()): JsonTextLocator {
  const index: TextIndex = { text, contents: new Map(), ends: largeContainerEnds };
  let lineStarts: Uint32Array | undefined;
  const root = skipWhitespace(text, 0);
  const position = (offset: number): TextPosition => {
    lineStarts ??= lineStartsOf(text);
    return positionAt(lineStarts, offset);
  };
  return {
    closestStart: (path) => position(closestOffset(index, root, path).offset),
    rangeOf(path, closest) {
      const { offset, found } = closestOffset(index, root, path);
      if (!found && !closest) return undefined;
      return { start: position(offset), end: position(valueEnd(index, offset)) };
    },
    writtenKeys(path) {
      const { offset, found } = closestOffset(index, root, path);
      if (!found || text.charCodeAt(offset) !== OPEN_BRACE) return undefined;
      return [...(contentsAt(index, offset) as Map<string, number>).keys()];
    },
  };
}

/** The offset of the value at `path` (`found`), or of its nearest ancestor in the text. */
function closestOffset(index: TextIndex, root: number, path: ReadonlyArray<string | number>): { offset: number; found: boolean } {
  const { text } = index;
  let offset = root;
  for (const segment of path) {
    // As the positioned locator: a segment that reads as an integer is an index, or the member
    // named by its number ("007" looks for "7"), and an empty one is 0.
    const key = Number.isInteger(Number(segment)) ? Number(segment) : segment;
    const opener = text.charCodeAt(offset);
    if (typeof key === 'string' || opener !== OPEN_BRACKET) {
      if (opener !== OPEN_BRACE) return { offset, found: false };
      const members = contentsAt(index, offset) as Map<string, number>;
      const member = members.get(String(key));
      if (member === undefined) return { offset, found: false };
      offset = member;
      continue;
    }
    const elements = contentsAt(index, offset) as number[];
    const element = key >= 0 ? elements[key] : undefined;
    if (element === undefined) return { offset, found: false };
    offset = element;
  }
  return { offset, found: true };
}

function contentsAt(index: TextIndex, offset: number): Contents {
  let found = index.contents.get(offset);
  if (found === undefined) {
    found = index.text.charCodeAt(offset) === OPEN_BRACE ? membersOf(index, offset) : elementsOf(index, offset);
    index.contents.set(offset, found);
  }
  return found;
}

/** Each member's value offset by name; the first of a name wins, as in the positioned locator. */
function membersOf(index: TextIndex, open: number): Map<string, number> {
  const { text } = index;
  const members = new Map<string, number>();
  let at = skipWhitespace(text, open + 1);
  while (text.charCodeAt(at) === QUOTE) {
    const keyEnd = stringEnd(text, at);
    const name = jsonKeyAt(text, at, keyEnd);
    // Never undefined: the locator reads only text `JSON.parse` accepted.
    if (name === undefined) break;
    at = skipWhitespace(text, keyEnd);
    if (text.charCodeAt(at) !== COLON) break;
    const value = skipWhitespace(text, at + 1);
    if (!members.has(name)) members.set(name, value);
    at = skipWhitespace(text, valueEnd(index, value));
    if (text.charCodeAt(at) !== COMMA) break;
    at = skipWhitespace(text, at + 1);
  }
  keepEnd(index, open, at, CLOSE_BRACE);
  return members;
}

function elementsOf(index: TextIndex, open: number): number[] {
  const { text } = index;
  const elements: number[] = [];
  let at = skipWhitespace(text, open + 1);
  if (text.charCodeAt(at) === CLOSE_BRACKET) return elements;
  while (at < text.length) {
    elements.push(at);
    at = skipWhitespace(text, valueEnd(index, at));
    if (text.charCodeAt(at) !== COMMA) break;
    at = skipWhitespace(text, at + 1);
  }
  keepEnd(index, open, at, CLOSE_BRACKET);
  return elements;
}

/** Keeps the end of the large container opened at `open`, once reading its members stopped at `close`. */
function keepEnd(index: TextIndex, open: number, close: number, closer: number): void {
  if (index.text.charCodeAt(close) === closer && close + 1 - open > KEPT_END_LENGTH) index.ends.set(open, close + 1);
}

/**
 * The offset just past the value starting at `start`. Reading a container keeps the ends of the
 * large ones within it, so no later read passes through them again.
 */
function valueEnd(index: TextIndex, start: number): number {
  const { text, ends } = index;
  const first = text.charCodeAt(start);
  if (first === QUOTE) return stringEnd(text, start);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) return literalEnd(text, start);
  const known = ends.get(start);
  if (known !== undefined) return known;
  // The openings of the containers around `at`. No kept end is looked up within: every path is
  // entered from the root, whose first read passes over the whole text and keeps the end of every
  // large container, so a container read in full here is small, and so is all it holds.
  const opens: number[] = [];
  let at = start;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    // Blanks first: nearly half of an indented file (nothing else at or below a space is outside strings).
    if (code <= SPACE) {
      at += 1;
      continue;
    }
    if (code === QUOTE) {
      at = stringEnd(text, at);
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) opens.push(at);
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      const open = opens.pop() as number;
      if (at + 1 - open > KEPT_END_LENGTH) ends.set(open, at + 1);
      if (opens.length === 0) return at + 1;
    }
    at += 1;
  }
  return at;
}

function literalEnd(text: string, start: number): number {
  let at = start;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isJsonWhitespace(code)) break;
    at += 1;
  }
  return at;
}

function skipWhitespace(text: string, start: number): number {
  let at = start;
  while (isJsonWhitespace(text.charCodeAt(at))) at += 1;
  return at;
}

// The only whitespace `JSON.parse` accepts; this locator reads only text it accepted.
function isJsonWhitespace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}
