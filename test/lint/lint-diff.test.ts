import { describe, expect, it } from 'vitest';
import { classifyFindings, fingerprintFinding } from '../../src/lint/lint-diff.js';
import type { LintFinding } from '../../src/lint/lint-finding.js';
import { loadSpec } from '../../src/specs/load-spec.js';
import { memorySource } from '../../src/specs/memory-source.js';

const finding = (code: string, path: (string | number)[], line: number, file = 'openapi.yaml'): LintFinding => ({
  code,
  severity: 'warning',
  message: `${code} at ${path.join('.')}`,
  path,
  source: { file, line },
});

describe('fingerprintFinding', () => {
  it('ignores the line and the message', () => {
    const a = finding('operation-tags', ['paths', '/a', 'get'], 10);
    const b = { ...finding('operation-tags', ['paths', '/a', 'get'], 42), message: 'other words' };
    expect(fingerprintFinding(a)).toBe(fingerprintFinding(b));
  });

  it.each([
    { name: 'code', other: finding('operation-description', ['paths', '/a', 'get'], 10) },
    { name: 'path', other: finding('operation-tags', ['paths', '/b', 'get'], 10) },
    { name: 'file', other: finding('operation-tags', ['paths', '/a', 'get'], 10, 'other.yaml') },
  ])('tells findings apart by $name', ({ other }) => {
    expect(fingerprintFinding(finding('operation-tags', ['paths', '/a', 'get'], 10))).not.toBe(fingerprintFinding(other));
  });

  it('names parameters by location and name when the spec is given, so reordering keeps the fingerprint', async () => {
    const spec = (parameters: string) =>
      loadSpec(memorySource({ 'openapi.yaml': `openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n      parameters: ${parameters}\n` }), 'openapi.yaml');
    const base = await spec('[{name: limit, in: query}, {name: X-Id, in: header}, {$ref: "#/components/parameters/P"}]');
    const head = await spec('[{$ref: "#/components/parameters/P"}, {name: X-Id, in: header}, {name: limit, in: query}]');
    const at = (index: number) => finding('api-no-credentials-in-query', ['paths', '/a', 'get', 'parameters', index, 'name'], 6);
    expect(fingerprintFinding(at(0), base)).toBe(fingerprintFinding(at(2), head));
    expect(fingerprintFinding(at(2), base)).toBe(fingerprintFinding(at(0), head));
    expect(fingerprintFinding(at(1), base)).toBe(fingerprintFinding(at(1), head));
    expect(fingerprintFinding(at(0), base)).not.toBe(fingerprintFinding(at(0), head));
  });
});

describe('classifyFindings', () => {
  it('matches findings of the root file when base and head of one spec have different paths', async () => {
    const text = `openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n`;
    const base = await loadSpec(memorySource({ 'orders-v1.yaml': text }), 'orders-v1.yaml');
    const head = await loadSpec(memorySource({ 'orders-v2.yaml': text }), 'orders-v2.yaml');
    const classified = classifyFindings(
      [finding('info-contact', ['info'], 2, 'orders-v1.yaml')],
      [finding('info-contact', ['info'], 2, 'orders-v2.yaml')],
      { base, head },
    );
    expect(classified.introduced).toEqual([]);
    expect(classified.existing).toHaveLength(1);
  });

  it.each([
    {
      name: 'a line shift is not a new finding',
      base: [finding('info-contact', ['info'], 2)],
      head: [finding('info-contact', ['info'], 9)],
      expected: { introduced: [], existing: ['info-contact@9'], fixed: [] },
    },
    {
      name: 'a new finding is introduced, a vanished one fixed',
      base: [finding('info-contact', ['info'], 2)],
      head: [finding('operation-tags', ['paths', '/a', 'get'], 12)],
      expected: { introduced: ['operation-tags@12'], existing: [], fixed: ['info-contact@2'] },
    },
    {
      name: 'duplicates are matched by count',
      base: [finding('no-$ref-siblings', ['x'], 3)],
      head: [finding('no-$ref-siblings', ['x'], 3), finding('no-$ref-siblings', ['x'], 3)],
      expected: { introduced: ['no-$ref-siblings@3'], existing: ['no-$ref-siblings@3'], fixed: [] },
    },
    {
      name: 'one of two duplicates fixed',
      base: [finding('no-$ref-siblings', ['x'], 3), finding('no-$ref-siblings', ['x'], 3)],
      head: [finding('no-$ref-siblings', ['x'], 5)],
      expected: { introduced: [], existing: ['no-$ref-siblings@5'], fixed: ['no-$ref-siblings@3'] },
    },
    { name: 'no base', base: [], head: [finding('info-contact', ['info'], 2)], expected: { introduced: ['info-contact@2'], existing: [], fixed: [] } },
  ])('$name', ({ base, head, expected }) => {
    const result = classifyFindings(base, head);
    const show = (findings: LintFinding[]) => findings.map((f) => `${f.code}@${f.source.line}`);
    expect({ introduced: show(result.introduced), existing: show(result.existing), fixed: show(result.fixed) }).toEqual(expected);
  });
});
