// parse: the one parse of a YAML file that both the breaking-change engine and Spectral read,
// made here because its shapes are Spectral's (Spectral's own YAML parser). The loader
// (src/specs) sees only data, 0-based positions and an error sentence; the parse itself stays
// opaque to it (`SpectralParse`), handed back to the lint as it is. The parser is required on
// first use, not on import: a `diff` of JSON descriptions never loads it
// (test/cli/cli-startup.test.ts). A JSON file needs no parse of Spectral's: it is read by
// `JSON.parse` and located through its text (json-text-target.ts).
import { createRequire } from 'node:module';
import type { IParserResult } from '@stoplight/types';
import { mayHaveProtoKey, parseKeepingProtoKeys } from './yaml-proto-keys.js';

/** A file's parse in the shape Spectral lints; outside src/lint, only handed back to the lint. */
export type SpectralParse = IParserResult<unknown>;

/** A 0-based place, as the parsers count: lines and UTF-16 characters. */
export interface ParsePosition {
  line: number;
  character: number;
}

export type YamlParse =
  | { ok: true; data: unknown; spectralParse: SpectralParse; closestStart(path: ReadonlyArray<string | number>): ParsePosition | undefined }
  | { ok: false; message: string; line: number };

const requireHere = createRequire(import.meta.url);
const spectralParsers = (): typeof import('@stoplight/spectral-parsers') => requireHere('@stoplight/spectral-parsers') as typeof import('@stoplight/spectral-parsers');

/**
 * A YAML text parsed by Spectral's parser (keys named `__proto__` kept as members). Its first
 * error, if any, is `{ ok: false }` with a 1-based line. The parser may also throw on some
 * malformed input; the caller reports that as the author's malformed file.
 */
export function parseYamlForLint(text: string): YamlParse {
  const { parseYaml, Yaml } = spectralParsers();
  const result = mayHaveProtoKey(text) ? parseKeepingProtoKeys(() => parseYaml(text)) : parseYaml(text);
  const error = result.diagnostics.find((diagnostic) => diagnostic.severity === 0);
  if (error) return { ok: false, message: error.message, line: error.range.start.line + 1 };
  return {
    ok: true,
    data: result.data,
    spectralParse: result as SpectralParse,
    closestStart: (path) => Yaml.getLocationForJsonPath(result as never, [...path], true)?.range.start,
  };
}
