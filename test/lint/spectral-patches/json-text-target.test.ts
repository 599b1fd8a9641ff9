// A JSON file's text is indexed once: the loader's positions (the diff's lines) and Spectral's
// target (result ranges, key order) read the same locator, so a review never walks a large
// description's containers twice, and both keep the answers they gave apart.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonTextTarget } from '../../../src/lint/spectral-patches/json-text-target.js';
import { parseFile } from '../../../src/specs/parse-file.js';
import type { ParsedFile } from '../../../src/specs/parsed-file.js';

const locators = vi.hoisted(() => ({ built: 0 }));

vi.mock('../../../src/specs/json-text-locator.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/specs/json-text-locator.js')>();
  return {
    ...original,
    jsonTextLocator: (...args: Parameters<typeof original.jsonTextLocator>) => {
      locators.built += 1;
      return original.jsonTextLocator(...args);
    },
  };
});

afterEach(() => {
  locators.built = 0;
});

const text = ['{', '  "openapi": "3.1.0",', '  "paths": {', '    "/pets": { "get": { "responses": { "200": { "description": "ok" } } } }', '  }', '}'].join('\n');

function parsedJson(): ParsedFile {
  const outcome = parseFile('api.json', new TextEncoder().encode(text), { yamlAliases: 100, depth: 64 });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.file;
}

const getPath = ['paths', '/pets', 'get'];

describe('jsonTextTarget', () => {
  it('builds no locator of its own: it reads the one the loader’s positions use', () => {
    const file = parsedJson();
    expect(file.positionOf(getPath)).toEqual({ line: 4, column: 23 });
    if (file.format !== 'json') throw new Error('expected a JSON file');
    const target = jsonTextTarget(file);
    expect(target.locate(getPath, false)?.range.start).toEqual({ line: 3, character: 22 });
    expect(Object.keys(target.parsed.data as object)).toEqual(['openapi', 'paths']);
    expect(locators.built).toBe(1);
  });

  it('builds the locator when the lint asks first, and the loader then reads it', () => {
    const file = parsedJson();
    if (file.format !== 'json') throw new Error('expected a JSON file');
    expect(jsonTextTarget(file).locate(['paths', '/pets', 'get', 'responses', '200'], false)?.range.start).toEqual({ line: 3, character: 46 });
    expect(file.positionOf(['paths', '/nowhere'])).toEqual({ line: 3, column: 12 });
    expect(locators.built).toBe(1);
  });

  it('builds none for a file nobody locates in', () => {
    parsedJson();
    expect(locators.built).toBe(0);
  });
});
