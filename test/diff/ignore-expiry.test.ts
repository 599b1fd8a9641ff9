import { describe, expect, it } from 'vitest';
import { configSchema, defaultConfig } from '../../src/config/config-schema.js';
import { assessReview } from '../../src/review/assess-review.js';
import { renderCheckSummary, renderComment } from '../../src/render/render-review.js';
import { breakingChange, specAnalysis } from '../review/analysis-fixtures.js';

const entries = [
  { id: 'api-path-removed-*', operation: 'GET /owners', reason: 'owners move to v2', expires: '2027-03-31' },
  { path: '/admin/**', reason: 'internal' },
];

function reviewAt(at: string) {
  const config = { ...defaultConfig, breaking: { ...defaultConfig.breaking, ignore: entries } };
  return assessReview({ specs: [specAnalysis([breakingChange('GET /pets', ['paths', '/pets', 'get'])])], config, acceptances: [], now: new Date(at) });
}

describe('expiring breaking.ignore entries', () => {
  it('lists nothing while the entry holds', () => {
    expect(reviewAt('2027-03-31T23:00:00Z').expiredIgnores).toEqual([]);
  });

  it('lists an expired entry as one line with the entry, in the check summary and the comment', () => {
    const review = reviewAt('2027-04-01T00:00:00Z');
    expect(review.expiredIgnores).toEqual([{ entry: 'id: api-path-removed-*, operation: GET /owners', expires: '2027-03-31', reason: 'owners move to v2' }]);
    const line = '`breaking.ignore` entry expired after 2027-03-31, no longer applied: `id: api-path-removed-*, operation: GET /owners` — "owners move to v2"';
    expect(renderCheckSummary(review).split('\n').filter((text) => text.includes('expired'))).toEqual([`⌛ ${line}`]);
    expect(renderComment(review)).toContain('⌛ **Expired `breaking.ignore` entry** (after 2027-03-31, no longer applied): `id: api-path-removed-*, operation: GET /owners`');
  });

  it.each([
    { name: 'a quoted date', expires: '2027-03-31', ok: true },
    { name: 'a date YAML read as a date', expires: new Date('2027-03-31T00:00:00Z'), ok: true },
    { name: 'an impossible date', expires: '2027-02-30', ok: false },
    { name: 'a duration', expires: '30d', ok: false },
  ])('config takes $name: $ok', ({ expires, ok }) => {
    const parsed = configSchema.safeParse({ breaking: { ignore: [{ id: 'x', reason: 'r', expires }] } });
    expect(parsed.success).toBe(ok);
    if (parsed.success) expect(parsed.data.breaking.ignore[0]?.expires).toBe('2027-03-31');
  });
});
