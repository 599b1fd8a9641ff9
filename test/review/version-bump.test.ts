// One meaning of "the major version was bumped": the engine's versioning policy and the review's
// checklist read the same function, so 0.3.0 → 0.4.0 with a break is fine for both (semver's
// 0.y.z rule), and 1.4.0 → 1.5.0 is a missing major bump for both.
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/config-schema.js';
import { diffSpecs } from '../../src/diff/diff-specs.js';
import { assessReview } from '../../src/review/assess-review.js';
import { loadSpec } from '../../src/specs/load-spec.js';
import { memorySource } from '../../src/specs/memory-source.js';
import { specAnalysis } from './analysis-fixtures.js';

const config = configSchema.parse({});
const now = new Date('2026-01-05T10:00:00Z');

/** A spec at `version`; `withOrders: false` removes an operation, which breaks the API. */
function spec(version: string, withOrders: boolean): string {
  return [
    'openapi: 3.0.3',
    `info: { title: Shop, version: '${version}' }`,
    'paths:',
    '  /pets:',
    "    get: { responses: { '200': { description: ok } } }",
    ...(withOrders ? ['  /orders:', "    get: { responses: { '200': { description: ok } } }"] : []),
    '',
  ].join('\n');
}

async function review(before: string, after: string) {
  const [base, head] = await Promise.all([
    loadSpec(memorySource({ 'openapi.yaml': spec(before, true) }), 'openapi.yaml'),
    loadSpec(memorySource({ 'openapi.yaml': spec(after, false) }), 'openapi.yaml'),
  ]);
  const changes = diffSpecs(base, head, { config: config.breaking, now });
  const result = assessReview({ specs: [specAnalysis(changes, { baseVersion: before, headVersion: after })], config, acceptances: [], now });
  const spec0 = result.specs[0];
  return {
    engineSaysNoMajorBump: changes.some((change) => change.id === 'api-major-version-not-bumped'),
    checklistDone: spec0?.checklist.find((item) => item.text.startsWith('Bump the major version'))?.done,
  };
}

describe('the major version bump, as the engine and the checklist see it', () => {
  it.each([
    { before: '0.3.0', after: '0.4.0', bumped: true },
    { before: '0.3.0', after: '0.3.1', bumped: false },
    { before: '0.9.0', after: '1.0.0', bumped: true },
    { before: '1.4.0', after: '2.0.0', bumped: true },
    { before: '1.4.0', after: '1.5.0', bumped: false },
    { before: 'v1.4.0', after: 'v2.0.0', bumped: true },
  ])('$before → $after: bumped $bumped', async ({ before, after, bumped }) => {
    const seen = await review(before, after);
    expect(seen.checklistDone).toBe(bumped);
    expect(seen.engineSaysNoMajorBump).toBe(!bumped);
  });

  it.each([
    { before: '1.4.0', after: '1.4.0' },
    { before: '2.0.0', after: '1.0.0' },
    { before: 'one', after: 'two' },
  ])('$before → $after is not a major bump for the checklist', async ({ before, after }) => {
    expect((await review(before, after)).checklistDone).toBe(false);
  });
});
