// parse: bytes -> ParsedFile, with source positions. JSON goes through `JSON.parse` (fast) and
// finds lines in its text (Spectral lints that data, keys in the order written, and locates its
// results through the same text locator); YAML is parsed once by Spectral's parser, after guards
// against deep nesting and alias bombs. What Spectral's parser makes is the lint's business: the
// YAML parse comes from src/lint/index.ts, opaque here.
import { createRequire } from 'node:module';
import { parseYamlForLint } from '../lint/index.js';
import { type JsonTextLocator, jsonTextLocator } from './json-text-locator.js';
import { type JsonTextScan, scanJsonText } from './json-text-scan.js';
import { findExcessYamlNesting } from './nesting-depth.js';
import type { FileFormat, FilePosition, ParsedFile } from './parsed-file.js';
import type { JsonPath } from './source-location.js';

// The YAML parsers are required when a YAML file is parsed, not on import: reading and
// diffing JSON descriptions (and `decodeText`'s users) never load them.
const requireHere = createRequire(import.meta.url);
const yamlDocuments = (): typeof import('yaml') => requireHere('yaml') as typeof import('yaml');

export interface ParseLimits {
  /** Most YAML alias expansions one file may make (guards against "billion laughs"). */
  yamlAliases: number;
  /** Deepest nesting of collections, checked on the text before a recursive parser runs. */
  depth: number;
}

export type ParseOutcome =
  | { ok: true; file: ParsedFile }
  | { ok: false; reason: 'not-text' | 'parse-error' | 'limit-exceeded'; message: string; line: number };

// The text of bytes already decoded, by the bytes themselves: the pipeline reads a root to
// recognise its format, and its loader gets the same bytes again (read-once-source.ts); decoding
// GitHub's description is about 50 ms. Held only as long as the bytes are; sources hand out
// fresh bytes for each file and nothing writes into them.
const decodedTexts = new WeakMap<Uint8Array, string>();

export function decodeText(bytes: Uint8Array): string | undefined {
  const decoded = decodedTexts.get(bytes);
  if (decoded !== undefined) return decoded;
  if (bytes.includes(0)) return undefined;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    decodedTexts.set(bytes, text);
    return text;
  } catch {
    return undefined;
  }
}

export function formatOf(path: string, text: string): FileFormat {
  if (/\.json$/i.test(path)) return 'json';
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  return text.trimStart().startsWith('{') ? 'json' : 'yaml';
}

export function parseFile(path: string, bytes: Uint8Array, limits: ParseLimits): ParseOutcome {
  const text = decodeText(bytes);
  if (text === undefined) {
    return { ok: false, reason: 'not-text', message: 'is not UTF-8 text (binary content or invalid encoding)', line: 1 };
  }
  const format = formatOf(path, text);
  // JSON's duplicate keys are found in the same pass as its nesting, and reported once it parsed.
  const jsonScan = format === 'json' ? scanJsonText(text, limits.depth) : undefined;
  const excess = jsonScan ? jsonScan.excess : findExcessYamlNesting(text, limits.depth);
  if (excess) {
    return { ok: false, reason: 'limit-exceeded', message: `nests deeper than ${limits.depth} levels (limits.depth)`, line: excess.line };
  }
  try {
    return jsonScan ? parseJsonFile(path, text, jsonScan) : parseYamlFile(path, text, limits);
  } catch (error) {
    // The nesting scan is an estimate; should a parser still run out of stack, that is the same limit.
    if (error instanceof RangeError) {
      return { ok: false, reason: 'limit-exceeded', message: `nests too deeply to parse (limits.depth): ${error.message}`, line: 1 };
    }
    // The YAML AST parser throws on some malformed input (found by the property tests) instead of
    // reporting a diagnostic: that is still the author's malformed file, not our failure.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'parse-error', message: `is not valid ${format === 'json' ? 'JSON' : 'YAML'} (the parser failed: ${message})`, line: 1 };
  }
}

function parseJsonFile(path: string, text: string, scan: JsonTextScan): ParseOutcome {
  const duplicate = scan.duplicateKey;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'parse-error', message: `is not valid JSON: ${jsonErrorText(error)}`, line: jsonErrorLine(text, error) };
  }
  if (duplicate) {
    return { ok: false, reason: 'parse-error', message: `is not valid JSON: duplicate key ${JSON.stringify(duplicate.key)}`, line: duplicate.line };
  }
  // Lines for the diff and the loader's problems come from the text (json-text-locator.ts, the
  // same answers), through the one locator the lint's JSON target reads too.
  let locator: JsonTextLocator | undefined;
  const textLocator = (): JsonTextLocator => (locator ??= jsonTextLocator(text, scan.largeContainerEnds));
  const positionOf = (jsonPath: JsonPath): FilePosition => positionFromStart(textLocator().closestStart(jsonPath));
  return {
    ok: true,
    file: { path, format: 'json', text, data, lineOf: (jsonPath) => positionOf(jsonPath).line, positionOf, textLocator },
  };
}

function parseYamlFile(path: string, text: string, limits: ParseLimits): ParseOutcome {
  const aliasProblem = checkYamlAliases(text, limits.yamlAliases);
  if (aliasProblem) return aliasProblem;
  const result = parseYamlForLint(text);
  if (!result.ok) {
    return { ok: false, reason: 'parse-error', message: `is not valid YAML: ${result.message}`, line: result.line };
  }
  const positionOf = (jsonPath: JsonPath): FilePosition => positionFromStart(result.closestStart(jsonPath));
  return {
    ok: true,
    file: {
      path,
      format: 'yaml',
      text,
      data: result.data,
      parserResult: () => result.spectralParse,
      lineOf: (jsonPath: JsonPath) => positionOf(jsonPath).line,
      positionOf,
    },
  };
}

// Anchors are rare in API descriptions, so the full alias-expansion count (a second parse) is
// paid only by files that declare one.
function checkYamlAliases(text: string, maxAliases: number): ParseOutcome | undefined {
  if (!/(^|[\s[{,:-])&[^\s,[\]{}]+/m.test(text)) return undefined;
  try {
    const document = yamlDocuments().parseDocument(text, { prettyErrors: false });
    document.toJS({ maxAliasCount: maxAliases });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message)) {
      return {
        ok: false,
        reason: 'limit-exceeded',
        message: `expands YAML aliases beyond the limit of ${maxAliases} (limits.yaml_aliases): ${message}`,
        line: 1,
      };
    }
  }
  return undefined;
}

// Parsers count from 0; our output counts from 1. The column matters for JSON written on one line,
// where every value is on line 1.
function positionFromStart(start: { line: number; character: number } | undefined): FilePosition {
  return start ? { line: start.line + 1, column: start.character + 1 } : { line: 1, column: 1 };
}

function jsonErrorText(error: unknown): string {
  return error instanceof Error ? error.message.replace(/^Unexpected token/, 'unexpected token') : String(error);
}

// V8 reports "at position N" (Node 20) or "(line L column C)" (newer); both become a line.
function jsonErrorLine(text: string, error: unknown): number {
  const message = error instanceof Error ? error.message : '';
  const lineMatch = /line (\d+)/.exec(message);
  if (lineMatch?.[1]) return Number(lineMatch[1]);
  const positionMatch = /position (\d+)/.exec(message);
  if (!positionMatch?.[1]) return 1;
  return text.slice(0, Number(positionMatch[1])).split('\n').length;
}
