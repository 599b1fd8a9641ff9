import { describe, expect, it } from 'vitest';
import { deprecations } from '../../../src/digest/metrics/deprecations.js';
import { documentationCompleteness } from '../../../src/digest/metrics/documentation-completeness.js';
import { lintCompliance } from '../../../src/digest/metrics/lint-compliance.js';
import { topRules } from '../../../src/digest/metrics/top-rules.js';
import { op, spec } from './facts.js';

describe('lintCompliance', () => {
  it('counts errors and warnings and the share of operations without any finding', () => {
    const [row] = lintCompliance([
      spec('a.yaml', [op('GET /a'), op('POST /a'), op('GET /b'), op('PUT /b')], [
        { code: 'r1', severity: 'error', operation: 'GET /a' },
        { code: 'r2', severity: 'warning', operation: 'GET /a' },
        { code: 'r2', severity: 'warning', operation: 'POST /a' },
        { code: 'r3', severity: 'info', operation: 'GET /b' },
        { code: 'r4', severity: 'error', operation: undefined },
      ]),
    ]);
    expect(row).toMatchObject({ spec: 'a.yaml', errors: 2, warnings: 2, operations: 4, clean: 1, share: 0.25 });
  });
  it('has no share for a spec without operations, and leaves out a spec that was not linted', () => {
    expect(lintCompliance([spec('empty.yaml', []), { ...spec('unlinted.yaml', [op('GET /a')]), findings: undefined }])).toEqual([
      expect.objectContaining({ spec: 'empty.yaml', operations: 0, share: null }),
    ]);
  });
});

describe('documentationCompleteness', () => {
  it('gives the share of operations with each kind of documentation and with all four', () => {
    const [row] = documentationCompleteness([
      spec('a.yaml', [
        op('GET /a', { hasSummary: true, hasDescription: true, hasErrorResponses: true, hasExamples: true }),
        op('POST /a', { hasSummary: true, hasErrorResponses: true }),
        op('GET /b', { hasSummary: true }),
        op('PUT /b'),
      ]),
    ]);
    expect(row).toMatchObject({ operations: 4, summary: 0.75, description: 0.25, errorResponses: 0.5, examples: 0.25, complete: 0.25 });
  });
});

describe('deprecations', () => {
  const now = new Date('2026-11-23T08:00:00Z');
  it('sorts deprecated operations by sunset: due within 30 days, past due, and without a date', () => {
    const result = deprecations(
      [
        spec('a.yaml', [
          op('GET /today', { deprecated: true, sunset: '2026-11-23' }),
          op('GET /in30', { deprecated: true, sunset: '2026-12-23' }),
          op('GET /in31', { deprecated: true, sunset: '2026-12-24' }),
          op('GET /yesterday', { deprecated: true, sunset: '2026-11-22T23:00:00Z' }),
          op('GET /long-ago', { deprecated: true, sunset: '2025-01-01' }),
          op('GET /no-date', { deprecated: true }),
          op('GET /bad-date', { deprecated: true, sunset: 'soon' }),
          op('GET /not-deprecated', { sunset: '2026-11-01' }),
        ]),
      ],
      now,
    );
    expect(result.deprecated).toBe(7);
    expect(result.withoutSunset).toBe(2);
    expect(result.dueSoon.map((entry) => [entry.operation, entry.daysLeft])).toEqual([['GET /today', 0], ['GET /in30', 30]]);
    expect(result.pastDue.map((entry) => [entry.operation, entry.daysLeft])).toEqual([['GET /long-ago', -691], ['GET /yesterday', -1]]);
  });

  it('lists deprecated parameters of live operations, each linked to its line at the read commit', () => {
    const parameter = (name: string, sunset: string | undefined, line: number) => ({ parameter: `query ${name}`, sunset, source: { file: 'shared/params.yaml', line } });
    const result = deprecations(
      [
        spec('a.yaml', [
          op('GET /orders', { deprecatedParameters: [parameter('expand', '2026-12-01', 7), parameter('page', undefined, 9)] }),
          op('GET /old', { deprecated: true, sunset: '2026-11-01', source: { file: 'a.yaml', line: 40 }, deprecatedParameters: [parameter('q', '2026-11-30', 3)] }),
        ]),
      ],
      now,
    );
    expect(result.deprecated).toBe(1);
    // The parameter of an operation that goes anyway is not listed apart.
    expect(result.deprecatedParameters).toBe(2);
    expect(result.withoutSunset).toBe(1);
    expect(result.dueSoon).toEqual([
      { repo: 'octo/api', spec: 'a.yaml', url: `https://github.com/octo/api/blob/${'a'.repeat(40)}/shared/params.yaml#L7`, operation: 'GET /orders', parameter: 'query expand', sunset: '2026-12-01', daysLeft: 8 },
    ]);
    expect(result.pastDue.map((entry) => [entry.operation, entry.parameter, entry.url.split('/blob/')[1]])).toEqual([['GET /old', undefined, `${'a'.repeat(40)}/a.yaml#L40`]]);
  });
});

describe('topRules', () => {
  it('ranks rules by findings, ties by code, at most five', () => {
    const finding = (code: string) => ({ code, severity: 'warning' as const, operation: undefined });
    const result = topRules([
      spec('a.yaml', [], ['b', 'b', 'a', 'c', 'd', 'e', 'f'].map(finding)),
      spec('b.yaml', [], ['a', 'b', 'g'].map(finding)),
    ]);
    expect(result).toEqual([
      { code: 'b', findings: 3, specs: 2 },
      { code: 'a', findings: 2, specs: 2 },
      { code: 'c', findings: 1, specs: 1 },
      { code: 'd', findings: 1, specs: 1 },
      { code: 'e', findings: 1, specs: 1 },
    ]);
  });
});
