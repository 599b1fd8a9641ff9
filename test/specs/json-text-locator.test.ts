// The text locator gives the answers of Spectral's own JSON parser (its positioned parse, and
// `getLocationForJsonPath` over it), path for path, on every value of varied texts and on paths
// that lead nowhere.
import spectralParsers from '@stoplight/spectral-parsers';
import type { IRange } from '@stoplight/types';
import { describe, expect, it } from 'vitest';
import { jsonTextLocator } from '../../src/specs/json-text-locator.js';
import { scanJsonText } from '../../src/specs/json-text-scan.js';

const { parseJson, Json } = spectralParsers;

/** The nodes of Spectral's positioned JSON parse, as far as these tests read them. */
interface JsonAstNode {
  type: string;
  value?: unknown;
  children?: JsonAstNode[];
  range?: IRange;
}

/** Spectral's positioned parse of `text` (duplicate keys are diagnostics there, not errors). */
function positionedParse(text: string): { ast: JsonAstNode } {
  return parseJson(text) as unknown as { ast: JsonAstNode };
}

/** Where Spectral's JSON parser locates `path`. */
function spectralLocation(positioned: { ast: JsonAstNode }, path: Path, closest: boolean): { range: IRange } | undefined {
  return Json.getLocationForJsonPath(positioned as never, path, closest);
}

type Path = Array<string | number>;

const members = Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`/item-${index}`, { get: { tags: ['a', 'b'], '200': { ok: true } } }]));
const document = {
  paths: members,
  small: { '7': 'seven', '007': 'bond', '': 'empty', list: [[1, 2], { x: 1 }, [], {}], 'quote"d': { 'back\\slash': 1 }, 'é\u2028': '\u2028 "}]' },
  numbers: [-1.5e3, 0, true, false, null, 'a,b', '{"not": "json"}'],
};

/** JSON with blanks around every colon and comma, and values on lines of their own. */
function spacedOut(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[ ${value.map(spacedOut).join(' ,\n\t ')} ]`;
  return `{\n ${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)} :\n  ${spacedOut(item)}`).join('\r\n ,  ')} }`;
}

const texts: Array<{ name: string; text: string }> = [
  { name: 'indented', text: JSON.stringify(document, null, 2) },
  { name: 'one line', text: JSON.stringify(document) },
  { name: 'CRLF and tabs', text: JSON.stringify(document, null, '\t').replaceAll('\n', '\r\n') },
  { name: 'lone CR', text: JSON.stringify(document, null, 1).replaceAll('\n', '\r') },
  { name: 'CRLF, lone CR and LF mixed, ending in CRLF', text: `${JSON.stringify(document, null, 1).replace(/\n/g, (_, at: number) => ['\r\n', '\r', '\n'][at % 3] as string)}\r\n` },
  { name: 'spaced out', text: `\n\n  ${spacedOut(document)}  \n` },
  { name: 'keys written twice', text: JSON.stringify(document, null, 1).replace('"small": {', '"small": {\n "twice": 1,\n "twice": [2],') },
];

/** Every path of a value, as the diff names places. */
function everyPath(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path];
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return [path, ...entries.flatMap(([key, item]) => everyPath(item, [...path, key]))];
}

const nowhere: Path[] = [
  ['paths', '/item-39', 'get', 'tags', '1'],
  ['paths', '/item-39', 'get', 'tags', 2],
  ['paths', '/item-39', 'get', 'tags', -1],
  ['paths', '/item-39', 'get', 'tags', 'length'],
  ['paths', '/item-12', 'get', 200],
  ['paths', '/nowhere', 'get'],
  ['paths', 'constructor'],
  ['small', 7],
  ['small', 'twice'],
  ['small', 'list', '1', 'x'],
  ['small', 'list', 'x'],
  ['small', 'list', 2, 0],
  ['small', 'list', 3, 'x'],
  ['small', 'missing', 'deeper'],
  ['small', '7', 'below a string'],
  ['numbers', 4, 'below null'],
  ['numbers', 0, 0],
];

/** The member names of the object node at `path` (first of a name), read from the positioned parse. */
function writtenKeysInAst(ast: JsonAstNode, path: Path): string[] | undefined {
  let node: JsonAstNode | undefined = ast;
  for (const segment of path) {
    const key = Number.isInteger(Number(segment)) ? Number(segment) : segment;
    if (node?.type === 'array' && typeof key === 'number') node = key >= 0 ? node.children?.[key] : undefined;
    else if (node?.type === 'object') node = node.children?.find((member) => member.children?.[0]?.value === String(key))?.children?.[1];
    else return undefined;
  }
  if (node?.type !== 'object') return undefined;
  return [...new Set((node.children ?? []).map((member) => String(member.children?.[0]?.value)))];
}

describe('jsonTextLocator', () => {
  it.each(texts)('finds every value and every near miss where the positioned parse does ($name)', ({ text }) => {
    const positioned = positionedParse(text);
    const locator = jsonTextLocator(text);
    for (const path of [...everyPath(JSON.parse(text)), ...nowhere]) {
      expect({ path, at: locator.closestStart(path) }).toEqual({ path, at: spectralLocation(positioned, path, true)?.range.start });
    }
  });

  it.each(texts)('gives the positioned parse’s ranges, exact or closest, and written keys ($name)', ({ text }) => {
    const positioned = positionedParse(text);
    const locator = jsonTextLocator(text);
    for (const path of [...everyPath(JSON.parse(text)), ...nowhere]) {
      for (const closest of [true, false]) {
        expect({ path, closest, range: locator.rangeOf(path, closest) }).toEqual({ path, closest, range: spectralLocation(positioned, path, closest)?.range });
      }
      expect({ path, keys: locator.writtenKeys(path) }).toEqual({ path, keys: writtenKeysInAst(positioned.ast, path) });
    }
  });

  // What the locator keeps (contents, the ends of large containers) depends on what was asked
  // before: asked deepest first, and for ends before starts, it still answers the same; and so it
  // does given the ends of the large containers the pre-parse scan found (as parse-file.ts does).
  it.each(texts.flatMap(({ name, text }) => [
    { name, given: 'nothing', text, locator: () => jsonTextLocator(text) },
    { name, given: 'the scan’s ends', text, locator: () => jsonTextLocator(text, scanJsonText(text, 64).largeContainerEnds) },
  ]))('answers the same asked in reverse order, ranges first, given $given ($name)', ({ text, locator: build }) => {
    const positioned = positionedParse(text);
    const locator = build();
    const paths = [...everyPath(JSON.parse(text)), ...nowhere].reverse();
    for (const path of paths) expect({ path, range: locator.rangeOf(path, true) }).toEqual({ path, range: spectralLocation(positioned, path, true)?.range });
    for (const path of paths) expect({ path, keys: locator.writtenKeys(path) }).toEqual({ path, keys: writtenKeysInAst(positioned.ast, path) });
  });

  it.each([
    { name: 'a string', text: '"just text"' },
    { name: 'a number after blank lines', text: '\n\n 42' },
    { name: 'an empty object', text: '{}' },
    { name: 'an empty array', text: '[ ]' },
  ])('locates a root that is $name', ({ text }) => {
    const positioned = positionedParse(text);
    for (const path of [[], ['a'], [0]]) expect(jsonTextLocator(text).closestStart(path)).toEqual(spectralLocation(positioned, path, true)?.range.start);
  });
});
