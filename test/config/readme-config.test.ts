// The README's configuration table is the user's reference: every key of the schema is in it,
// with its default, and it names no key the schema does not have.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config-schema.js';

function leafKeys(value: unknown, prefix = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || Object.keys(value).length === 0) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
const rows = new Map([...section.matchAll(/^\| `([a-z_.]+)` \| `?([^|`]*)`? \|/gm)].map((match) => [match[1] as string, (match[2] as string).trim()]));

describe('README configuration table', () => {
  it.each(leafKeys(defaultConfig))('documents %s with its default', (key, value) => {
    expect(rows.has(key), `${key} is missing from the README`).toBe(true);
    expect(rows.get(key)).toBe(value === null ? 'null' : Array.isArray(value) ? '[]' : typeof value === 'object' ? '{}' : String(value));
  });

  it('names no key the schema lacks', () => {
    const known = new Set(leafKeys(defaultConfig).map(([key]) => key));
    expect([...rows.keys()].filter((key) => !known.has(key))).toEqual([]);
  });
});
