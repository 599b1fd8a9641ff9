// Every location carries a column: in JSON written on one line (generated descriptions) every
// value is on line 1, and only the column tells two findings apart.
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/specs/parse-file.js';

const limits = { yamlAliases: 100, depth: 256 };
const oneLineJson = '{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/a":{"get":{"responses":{"200":{"description":"ok"}}}}}}';
const yaml = 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      summary: hello\n';

function positionOf(path: string, text: string, at: (string | number)[]): { line: number; column: number } {
  const outcome = parseFile(path, new TextEncoder().encode(text), limits);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.file.positionOf(at);
}

describe('positionOf', () => {
  it.each([
    { name: 'one-line JSON: info', path: 'a.json', text: oneLineJson, at: ['info'], expected: { line: 1, column: oneLineJson.indexOf('{"title"') + 1 } },
    { name: 'one-line JSON: an operation', path: 'a.json', text: oneLineJson, at: ['paths', '/a', 'get'], expected: { line: 1, column: oneLineJson.indexOf('{"responses"') + 1 } },
    { name: 'YAML flow mapping value', path: 'a.yaml', text: yaml, at: ['info', 'title'], expected: { line: 2, column: 15 } },
    { name: 'YAML block value', path: 'a.yaml', text: yaml, at: ['paths', '/a', 'get', 'summary'], expected: { line: 6, column: 16 } },
    { name: 'a missing path falls back to its nearest ancestor', path: 'a.json', text: oneLineJson, at: ['info', 'contact'], expected: { line: 1, column: oneLineJson.indexOf('{"title"') + 1 } },
  ])('$name', ({ path, text, at, expected }) => {
    expect(positionOf(path, text, at)).toEqual(expected);
  });

  it('lineOf agrees with positionOf', () => {
    const outcome = parseFile('a.yaml', new TextEncoder().encode(yaml), limits);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.file.lineOf(['paths', '/a'])).toBe(outcome.file.positionOf(['paths', '/a']).line);
  });
});
