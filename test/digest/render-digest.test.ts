import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeDigest } from '../../src/digest/compute-digest.js';
import type { DigestFacts } from '../../src/digest/digest-facts.js';
import { renderDigest } from '../../src/digest/render-digest.js';
import { op, pr } from './metrics/facts.js';

const golden = new URL('../fixtures/digest/digest-org.golden.md', import.meta.url);
const now = new Date('2026-11-23T08:00:00Z');

// An organization digest: two repositories, untrusted text in titles and paths, and notes.
const facts: DigestFacts = {
  repos: ['octo/orders', 'octo/pets'],
  pullRequests: [
    pr(7, { repo: 'octo/orders', url: 'https://github.com/octo/orders/pull/7', createdAt: '2026-11-17T00:00:00Z', mergedAt: '2026-11-19T00:00:00Z', firstReviewAt: '2026-11-17T00:00:00Z', breaking: 1, accepted: 1, formats: { openapi: { contracts: 1, breakingChanges: 1, lintErrors: 0 } } }),
    pr(3, { repo: 'octo/pets', url: 'https://github.com/octo/pets/pull/3', title: '@everyone <b>drop</b> v1', createdAt: '2026-11-18T00:00:00Z', breaking: 2, formats: { graphql: { contracts: 1, breakingChanges: 1, lintErrors: 1 }, protobuf: { contracts: 2, breakingChanges: 1, lintErrors: 0 } } }),
  ],
  specs: [
    {
      repo: 'octo/orders',
      path: 'openapi.yaml',
      url: 'https://github.com/octo/orders/blob/main/openapi.yaml',
      blobBase: 'https://github.com/octo/orders/blob/0123abc/',
      operations: [op('GET /orders', { hasSummary: true, hasDescription: true, hasErrorResponses: true, hasExamples: true }), op('DELETE /orders/{id}', { deprecated: true, sunset: '2026-12-01', source: { file: 'openapi.yaml', line: 31 } }), op('GET /orders/{id}', { deprecatedParameters: [{ parameter: 'query expand', sunset: '2026-12-05', source: { file: 'openapi.yaml', line: 44 } }] })],
      findings: [{ code: 'operation-description', severity: 'warning', operation: 'DELETE /orders/{id}' }],
    },
    {
      repo: 'octo/pets',
      path: 'api/pets`v2`.openapi.yaml',
      url: 'https://github.com/octo/pets/blob/main/api/pets%60v2%60.openapi.yaml',
      blobBase: 'https://github.com/octo/pets/blob/0123abc/',
      operations: [op('GET /pets', { hasSummary: true, deprecated: true, sunset: '2026-10-01', source: { file: 'api/pets`v2`.openapi.yaml', line: 4 } })],
      findings: undefined,
    },
  ],
  notes: ['octo/pets: lint not measured, the ruleset does not load: .spectral.yaml:3: <unknown> function "@x"'],
};

describe('renderDigest', () => {
  it('renders an organization digest as in the golden file', () => {
    const body = renderDigest(computeDigest(facts, now));
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) writeFileSync(golden, body);
    expect(body).toBe(readFileSync(golden, 'utf8'));
  });

  it('lists fewer links behind each number when the body would pass GitHub\'s limit', () => {
    const many = Array.from({ length: 3000 }, (_, index) => pr(index + 1, { createdAt: '2026-11-17T00:00:00Z', url: `https://github.com/octo/api/pull/${index + 1}` }));
    const body = renderDigest(computeDigest({ ...facts, repos: ['octo/api'], pullRequests: many, specs: [] }, now));
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('- Opened: **3000** — [#1](https://github.com/octo/api/pull/1), ');
    expect(body).toMatch(/ and 2980 more\n/);
  });

  it('falls back to shorter lists and tables when the body would still be too long', () => {
    const specs = Array.from({ length: 2000 }, (_, index) => ({ repo: 'octo/api', path: `specs/${"long-folder-name/".repeat(4)}service-${index}.openapi.yaml`, url: `https://github.com/octo/api/blob/main/specs/${"long-folder-name/".repeat(4)}service-${index}.openapi.yaml`, blobBase: 'https://github.com/octo/api/blob/0123abc/', operations: [op('GET /a')], findings: [] }));
    const body = renderDigest(computeDigest({ ...facts, repos: ['octo/api'], specs }, now));
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('_…and 1950 more specs._');
    expect(body).not.toContain('too long for one issue');
  });
});
