import { describe, expect, it } from 'vitest';
import { computeDigest } from '../../../src/digest/compute-digest.js';
import { expiringExceptions } from '../../../src/digest/metrics/expiring-exceptions.js';
import { renderDigest } from '../../../src/digest/render-digest.js';
import { pr } from './facts.js';

const now = new Date('2026-11-23T08:00:00Z');

/** An open pull request whose last review carries an acceptance ending on `until`. */
function acceptedUntil(number: number, until: string | undefined, mergedAt: string | null = null) {
  const fact = pr(number, { breaking: 1, accepted: 1, mergedAt });
  const data = fact.review?.data;
  if (data) data.acceptances = [{ user: 'alice', reason: `plan ${number}`, url: 'https://github.com/c', fingerprints: ['f'], ...(until ? { until } : {}) }];
  return fact;
}

const facts = {
  repos: ['octo/api'],
  pullRequests: [
    acceptedUntil(1, '2026-12-23'), // 30 days: listed
    acceptedUntil(2, '2026-12-24'), // 31 days: not yet
    acceptedUntil(3, '2026-11-20'), // expired 3 days ago: listed
    acceptedUntil(4, undefined), // no end: never listed
    acceptedUntil(5, '2026-11-30', '2026-11-22T00:00:00Z'), // merged: its acceptance no longer matters
  ],
  specs: [],
  ignores: [
    {
      repo: 'octo/api',
      entries: [
        { id: 'response-*', operation: 'GET /pets', reason: 'v2 soon', expires: '2026-12-01' },
        { path: '/admin/**', reason: 'internal' },
        { id: 'x', reason: 'later', expires: '2027-06-01' },
      ],
    },
  ],
  lintOverrides: [
    {
      repo: 'octo/api',
      entries: [
        { rule: 'operation-operationId', paths: ['legacy/**'], reason: 'ids with v2', expires: '2026-11-10' },
        { rule: 'owasp:*', reason: 'internal only' },
        { rule: 'info-contact', reason: 'later', expires: '2026-12-24' },
      ],
    },
  ],
  notes: [],
};

describe('expiring exceptions (the digest calendar)', () => {
  it('lists acceptances on open pull requests and ignore entries ending within 30 days or ended, soonest first', () => {
    const result = expiringExceptions(facts, now);
    expect(result.acceptances.map((entry) => [entry.number, entry.until, entry.daysLeft])).toEqual([
      [3, '2026-11-20', -3],
      [1, '2026-12-23', 30],
    ]);
    expect(result.ignores).toEqual([{ repo: 'octo/api', entry: 'id: response-*, operation: GET /pets', reason: 'v2 soon', expires: '2026-12-01', daysLeft: 8 }]);
    expect(result.lintOverrides).toEqual([{ repo: 'octo/api', entry: 'rule: operation-operationId, paths: legacy/**', reason: 'ids with v2', expires: '2026-11-10', daysLeft: -13 }]);
  });

  it('shows them in the digest, linked to the pull request, mentioning nobody', () => {
    const body = renderDigest(computeDigest(facts, now));
    expect(body).toContain('  - [octo/api#1](https://github.com/octo/api/pull/1): accepted by alice, "plan 1" — until 2026-12-23 (in 30 days)');
    expect(body).toContain('  - [octo/api#3](https://github.com/octo/api/pull/3): accepted by alice, "plan 3" — until 2026-11-20 (expired 3 days ago)');
    expect(body).toContain('  - octo/api: `id: response-*, operation: GET /pets`, "v2 soon" — expires 2026-12-01 (in 8 days)');
    expect(body).toContain('  - octo/api: `rule: operation-operationId, paths: legacy/**`, "ids with v2" — expires 2026-11-10 (expired 13 days ago)');
    expect(body).not.toContain('@alice');
  });
});
