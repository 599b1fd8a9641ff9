import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config-schema.js';
import { assessReview } from '../../src/review/assess-review.js';
import { buildChangelog, changeGroup } from '../../src/review/build-changelog.js';
import { change, specAnalysis } from './analysis-fixtures.js';

const now = new Date('2026-12-05T10:00:00Z');
const changelogOf = (changes: ReturnType<typeof change>[]) =>
  buildChangelog(assessReview({ specs: [specAnalysis(changes)], config: defaultConfig, acceptances: [], now }));

describe('buildChangelog', () => {
  it.each([
    { id: 'api-path-removed-without-deprecation', level: 'error', group: 'breaking' },
    { id: 'endpoint-deprecated', level: 'info', group: 'deprecated' },
    { id: 'endpoint-added', level: 'info', group: 'added' },
    { id: 'new-optional-request-parameter', level: 'info', group: 'changed' },
  ] as const)('$id ($level) is $group', ({ id, level, group }) => {
    expect(changeGroup({ id, level })).toBe(group);
  });

  it.each([
    { name: 'a breaking change', changes: [change('api-path-removed-without-deprecation', 'error', 'GET /a'), change('endpoint-added', 'info', 'GET /b')], bump: 'major' },
    { name: 'only additions', changes: [change('endpoint-added', 'info', 'GET /b')], bump: 'minor' },
    { name: 'only other changes', changes: [change('response-optional-property-added', 'info', 'GET /b')], bump: 'minor' },
    { name: 'a change that is neither', changes: [change('api-operation-id-updated', 'info', 'GET /b')], bump: 'patch' },
    { name: 'nothing', changes: [], bump: 'none' },
  ] as const)('bumps $bump for $name', ({ changes, bump }) => {
    expect(changelogOf([...changes]).bump).toBe(bump);
  });

  it('groups by operation, breaking operations first, with their migration steps', () => {
    const log = changelogOf([change('endpoint-added', 'info', 'GET /a', 3), change('api-path-removed-without-deprecation', 'error', 'GET /z', 9)]);
    expect(log.operations.map((op) => op.operation)).toEqual(['GET /z', 'GET /a']);
    expect(log.operations[0]?.breaking).toEqual([{ id: 'api-path-removed-without-deprecation', message: 'api-path-removed-without-deprecation on GET /z.', file: 'openapi.yaml', line: 9 }]);
    expect(log.operations[0]?.migration.length).toBeGreaterThan(0);
    expect(log.counts).toEqual({ breaking: 1, deprecated: 0, added: 1, changed: 0 });
  });
});
