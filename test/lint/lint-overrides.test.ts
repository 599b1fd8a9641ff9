import { describe, expect, it } from 'vitest';
import { configSchema, defaultConfig, type ReviewConfig } from '../../src/config/config-schema.js';
import { assessReview } from '../../src/review/assess-review.js';
import { renderCheckSummary, renderComment } from '../../src/render/render-review.js';
import { analysis, finding } from '../review/analysis-fixtures.js';

const dropsOperationIds = { rule: 'operation-operationId', paths: ['specs/legacy/**'], reason: 'legacy API, ids come with v2', expires: '2027-03-31' };

function reviewAt(at: string, overrides: ReviewConfig['lint']['overrides'], spec = 'specs/legacy/openapi.yaml') {
  const config = { ...defaultConfig, lint: { new_errors_block: true, overrides } };
  const lint = { introduced: [finding('operation-operationId', 'error'), finding('operation-description', 'warning', 7)], existing: [], fixed: [] };
  return assessReview({ specs: [analysis({ spec, lint })], config, acceptances: [], now: new Date(at) });
}

const rulesOf = (review: ReturnType<typeof reviewAt>): string[] => review.specs.flatMap((spec) => spec.items.map((item) => item.rule));

describe('lint.overrides', () => {
  it.each([
    { name: 'a rule off for a matching path, before its day', at: '2027-03-31T23:59:00Z', overrides: [dropsOperationIds], spec: 'specs/legacy/openapi.yaml', rules: ['operation-description'], verdict: 'pass' },
    { name: 'a path the override does not name', at: '2027-03-01T00:00:00Z', overrides: [dropsOperationIds], spec: 'specs/orders/openapi.yaml', rules: ['operation-operationId', 'operation-description'], verdict: 'fail' },
    { name: 'an override without paths covers every spec', at: '2030-01-01T00:00:00Z', overrides: [{ rule: 'operation-*', reason: 'house rules differ' }], spec: 'openapi.yaml', rules: [] as string[], verdict: 'pass' },
    { name: 'an expired override: the finding counts again', at: '2027-04-01T00:00:00Z', overrides: [dropsOperationIds], spec: 'specs/legacy/openapi.yaml', rules: ['operation-operationId', 'operation-description'], verdict: 'fail' },
  ])('$name', ({ at, overrides, spec, rules, verdict }) => {
    const review = reviewAt(at, overrides, spec);
    expect(rulesOf(review).sort()).toEqual([...rules].sort());
    expect(review.verdict).toBe(verdict);
    expect(review.newLintErrors).toBe(rules.includes('operation-operationId') ? 1 : 0);
  });

  it('lists nothing while the override holds', () => {
    expect(reviewAt('2027-03-31T12:00:00Z', [dropsOperationIds]).expiredLintOverrides).toEqual([]);
  });

  it('lists an expired override as one line with the entry, in the check summary and the comment', () => {
    const review = reviewAt('2027-04-01T00:00:00Z', [dropsOperationIds]);
    expect(review.expiredLintOverrides).toEqual([{ entry: 'rule: operation-operationId, paths: specs/legacy/**', expires: '2027-03-31', reason: 'legacy API, ids come with v2' }]);
    const summaryLines = renderCheckSummary(review).split('\n').filter((text) => text.includes('lint.overrides'));
    expect(summaryLines).toEqual(['⌛ `lint.overrides` entry expired after 2027-03-31, the rule counts again: `rule: operation-operationId, paths: specs/legacy/**` — "legacy API, ids come with v2"']);
    expect(renderComment(review)).toContain('⌛ **Expired `lint.overrides` entry** (after 2027-03-31, the rule counts again): `rule: operation-operationId, paths: specs/legacy/**`');
  });

  it.each([
    { name: 'a rule, paths, reason and a date', entry: { rule: 'r', paths: ['a/**'], reason: 'why', expires: '2027-03-31' }, ok: true },
    { name: 'a date YAML read as a date', entry: { rule: 'r', reason: 'why', expires: new Date('2027-03-31T00:00:00Z') }, ok: true },
    { name: 'no reason', entry: { rule: 'r' }, ok: false },
    { name: 'an empty paths list', entry: { rule: 'r', paths: [], reason: 'why' }, ok: false },
    { name: 'a duration for a date', entry: { rule: 'r', reason: 'why', expires: '30d' }, ok: false },
    { name: 'an unknown key', entry: { rule: 'r', reason: 'why', path: 'a' }, ok: false },
  ])('config takes $name: $ok', ({ entry, ok }) => {
    expect(configSchema.safeParse({ lint: { overrides: [entry] } }).success).toBe(ok);
  });
});
