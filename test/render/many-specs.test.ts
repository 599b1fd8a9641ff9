// A monorepo pull request that changes 160 specs: one comment under GitHub's limit, every spec in
// the summary table, details by budget with blockers first, and no tag left open.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config-schema.js';
import { githubTextLimit, renderCheckSummary, renderComment } from '../../src/render/render-review.js';
import { assessReview } from '../../src/review/assess-review.js';
import type { Review } from '../../src/review/review.js';
import { analysis, change, finding } from '../review/analysis-fixtures.js';

const now = new Date('2026-11-25T12:00:00Z');

/** Spec `index`: every fifth breaks clients; all of them carry warnings, info and new lint. */
function monorepoReview(specCount: number): Review {
  const specs = Array.from({ length: specCount }, (_, index) => {
    const name = `services/svc-${String(index).padStart(3, '0')}/openapi.yaml`;
    const breaking = index % 5 === 0 ? Array.from({ length: 4 }, (_, n) => change('request-parameter-became-required', 'error', `GET /svc${index}/items/${n}`, 20 + n)) : [];
    const warnings = Array.from({ length: 12 }, (_, n) => change('request-property-max-set', 'warning', `POST /svc${index}/things/${n}`, 100 + n));
    const info = Array.from({ length: 30 }, (_, n) => change('endpoint-added', 'info', `GET /svc${index}/new/${n}`, 200 + n));
    const lint = Array.from({ length: 9 }, (_, n) => finding('api-error-responses', n % 3 === 0 ? 'error' : 'warning', 300 + n));
    return analysis({ spec: name, changes: [...breaking, ...warnings, ...info], lint: { introduced: lint, existing: [], fixed: [] } });
  });
  return assessReview({ specs, config: defaultConfig, acceptances: [], now });
}

function tableRows(text: string): string[] {
  return text.split('\n').filter((line) => line.startsWith('| `services/'));
}

describe.each([
  { name: 'the comment', render: renderComment },
  { name: 'the check summary', render: renderCheckSummary },
])('$name of a 160-spec pull request', ({ render }) => {
  const review = monorepoReview(160);
  const text = render(review);

  it("stays under GitHub's limit", () => {
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(githubTextLimit);
  });

  it('lists every spec once in the summary table, those with blockers first', () => {
    const rows = tableRows(text);
    expect(rows).toHaveLength(160);
    expect(new Set(rows.map((row) => /`([^`]+)`/.exec(row)?.[1])).size).toBe(160);
    const verdicts = rows.map((row) => row.split('|')[2]?.trim());
    expect(verdicts.slice(0, 32).every((verdict) => verdict === '❌')).toBe(true);
    expect(verdicts.slice(32).every((verdict) => verdict !== '❌')).toBe(true);
    expect(rows[0]).toBe('| `services/svc-000/openapi.yaml` | ❌ | 4 | 21 | 30 |');
  });

  it('gives the blocking specs their detailed sections first and says how many have none', () => {
    const sections = [...text.matchAll(/^### `([^`]+)`/gm)].map((match) => match[1]);
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.length).toBeLessThan(160);
    expect(sections[0]).toBe('services/svc-000/openapi.yaml');
    expect(text).toContain(`_${160 - sections.length} specs have no section below, to stay within GitHub's size limit`);
    expect(text).not.toMatch(/Showing 0 of/);
  });

  it('leaves no <details> open', () => {
    expect(text.match(/<details>/g)?.length ?? 0).toBe(text.match(/<\/details>/g)?.length ?? 0);
  });
});

describe('ordering and grouping inside a section', () => {
  it('lists new lint errors before lint warnings, then by place, even when errors do not block', () => {
    const lint = [finding('a-rule', 'warning', 5), finding('b-rule', 'error', 40), finding('c-rule', 'warning', 2), finding('d-rule', 'error', 9)];
    const review = assessReview({ specs: [analysis({ lint: { introduced: lint, existing: [], fixed: [] } })], config: defaultConfig, acceptances: [], now });
    const lines = renderComment(review).split('\n').filter((line) => /^- ⚠️ .*-rule finding/.test(line));
    expect(lines.map((line) => /`(\w-rule)`/.exec(line)?.[1])).toEqual(['d-rule', 'b-rule', 'c-rule', 'a-rule']);
  });

  it.each([
    { level: 'warning' as const, heading: '#### ⚠️ Changes that may break clients (40)' },
    { level: 'info' as const, heading: '<details><summary>ℹ️ Non-breaking changes (40)</summary>' },
  ])('shows one $level edit reaching 40 operations as one line with a count and the first places', ({ level, heading }) => {
    const shared = (operation: string) => ({ ...change('response-property-enum-value-added', level, operation, 77), message: 'response property `status` gained the enum value `paused`' });
    const operations = Array.from({ length: 40 }, (_, index) => `GET /things/${String(index).padStart(2, '0')}`);
    const review = assessReview({ specs: [analysis({ changes: operations.map(shared) })], config: defaultConfig, acceptances: [], now });
    const comment = renderComment(review);
    expect(comment).toContain(heading);
    const lines = comment.split('\n').filter((line) => line.startsWith('- response property'));
    expect(lines).toEqual([
      expect.stringMatching(/^- response property `status` gained the enum value `paused` — `response-property-enum-value-added`( \(`openapi\.yaml:77`\))? — \*\*×40\*\*, in `GET \/things\/00`, `GET \/things\/01`, `GET \/things\/02` and 37 more$/),
    ]);
  });
});

describe('a pull request with a few specs', () => {
  it('shows the table and every section, quiet specs only in the table', () => {
    const review = monorepoReview(3);
    review.specs.push({ ...(review.specs[1] as Review['specs'][number]), spec: 'quiet/openapi.yaml', items: [], notes: [] });
    const comment = renderComment(review);
    expect(tableRows(comment)).toHaveLength(3);
    expect(comment).toContain('| `quiet/openapi.yaml` | ✅ | 0 | 0 | 0 |');
    expect([...comment.matchAll(/^### `([^`]+)`/gm)].map((match) => match[1])).toEqual([
      'services/svc-000/openapi.yaml',
      'services/svc-001/openapi.yaml',
      'services/svc-002/openapi.yaml',
    ]);
    expect(comment).not.toContain('no section below');
  });

  it('shows no table for one spec', () => {
    expect(renderComment(monorepoReview(1))).not.toContain('| Spec |');
  });
});
