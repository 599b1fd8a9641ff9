// `METHOD /path/template`: one parser for every reader of an operation's name (config ignore
// entries, the checklist's facts, the model's excerpts), and one writer.
import { describe, expect, it } from 'vitest';
import { formatOperationName, parseOperationName } from '../../src/specs/operation-name.js';

describe('parseOperationName', () => {
  it.each([
    { text: 'GET /pets/{id}', expected: { method: 'GET', path: '/pets/{id}' } },
    { text: 'get /pets', expected: { method: 'GET', path: '/pets' } },
    { text: '  delete\t /pets/{id} ', expected: { method: 'DELETE', path: '/pets/{id}' } },
    { text: 'POST /a b', expected: { method: 'POST', path: '/a b' } },
    { text: 'GET', expected: { method: 'GET', path: '' } },
    { text: '', expected: { method: '', path: '' } },
  ])('"$text"', ({ text, expected }) => expect(parseOperationName(text)).toEqual(expected));

  it.each(['GET /pets/{id}', 'get  /pets', 'Patch\t/x'])('formats what it parses in the canonical form: "%s"', (text) => {
    const parsed = parseOperationName(text);
    expect(formatOperationName(parsed.method, parsed.path)).toBe(`${parsed.method} ${parsed.path}`);
    expect(parseOperationName(formatOperationName(parsed.method, parsed.path))).toEqual(parsed);
  });

  it('writes the method in upper case', () => expect(formatOperationName('get', '/pets')).toBe('GET /pets'));
});
