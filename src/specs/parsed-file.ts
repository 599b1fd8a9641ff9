// parse: one file of an API description, parsed once with its source positions. The same
// parse feeds the breaking-change engine (through `data` and `lineOf`) and Spectral (a JSON
// file through `data` and its text locator, a YAML file through `parserResult`, opaque here),
// so a review never parses a file twice.
import type { SpectralParse } from '../lint/index.js';
import type { JsonTextLocator } from './json-text-locator.js';
import type { JsonPath } from './source-location.js';

/** A 1-based place in a file. */
export interface FilePosition {
  line: number;
  column: number;
}

export type FileFormat = 'json' | 'yaml';

export type ParsedFile = ParsedJsonFile | ParsedYamlFile;

export interface ParsedJsonFile extends ParsedFileCommon {
  format: 'json';
  /**
   * The one locator over `text`, built on first call: `positionOf` reads it, and so does the lint
   * (Spectral's result ranges and the key order), so a large file's containers are indexed once.
   */
  textLocator(): JsonTextLocator;
}

export interface ParsedYamlFile extends ParsedFileCommon {
  format: 'yaml';
  /** The parse Spectral lints (its YAML parser's), opaque outside src/lint. */
  parserResult(): SpectralParse;
}

interface ParsedFileCommon {
  /** Repository-relative path. */
  path: string;
  text: string;
  /** The parsed value (plain JSON data: objects, arrays, strings, numbers, booleans, null). */
  data: unknown;
  /** 1-based line of the value at `path`, or of its nearest ancestor that exists in the file. */
  lineOf(path: JsonPath): number;
  /** 1-based line and column of the value at `path`, or of its nearest ancestor in the file. */
  positionOf(path: JsonPath): FilePosition;
}
