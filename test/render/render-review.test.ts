import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config-schema.js';
import { githubTextLimit, renderCheckSummary, renderComment } from '../../src/render/render-review.js';
import { assessReview } from '../../src/review/assess-review.js';
import type { Review } from '../../src/review/review.js';
import { analysis, change, finding } from '../review/analysis-fixtures.js';

const now = new Date('2026-11-25T12:00:00Z');

function sampleReview(): Review {
  return assessReview({
    specs: [
      analysis({
        changes: [
          change('api-removed-without-deprecation', 'error', 'DELETE /orders/{orderId}', 70),
          change('request-parameter-became-required', 'error', 'GET /orders', 24),
          change('request-property-max-set', 'warning', 'POST /orders', 180),
          change('endpoint-added', 'info', 'POST /orders/{orderId}/refunds', 90),
        ],
        lint: {
          introduced: [finding('api-error-responses', 'warning', 91)],
          existing: [finding('operation-tag-defined', 'warning', 12)],
          fixed: [],
        },
      }),
    ],
    config: defaultConfig,
    acceptances: [],
    now,
  });
}

/** The comment's sections (headings and folded details) with their top-level list items. */
function sectionsOf(comment: string): Array<{ title: string; items: string[] }> {
  const sections: Array<{ title: string; items: string[] }> = [];
  for (const line of comment.split('\n')) {
    const title = /^#### (.*)$/.exec(line)?.[1] ?? /^<details><summary>(.*)<\/summary>$/.exec(line)?.[1];
    if (title !== undefined) sections.push({ title: title.replace(/^[^A-Za-z]+/, ''), items: [] });
    else if (/^(- |1\. )/.test(line)) sections.at(-1)?.items.push(line);
  }
  return sections;
}

/** A pattern for a line holding each needle, in this order. */
function inOrder(needles: string[]): RegExp {
  return new RegExp(needles.map((needle) => needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*'));
}

// One golden file per template, read by eye when it changes: UPDATE_GOLDEN=1 npx vitest run test/render
function expectGolden(name: string, text: string): void {
  const url = new URL(`./golden/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN) writeFileSync(url, text);
  expect(text).toBe(readFileSync(url, 'utf8'));
}

describe('renderComment', () => {
  it('matches the golden comment', () => {
    expectGolden('review-comment.md', renderComment(sampleReview(), { headBlobUrl: 'https://github.com/acme/orders/blob/abc123/' }));
  });

  it('opens with the hidden marker and a one-line verdict', () => {
    const [marker, verdict] = renderComment(sampleReview()).split('\n');
    expect(marker).toBe('<!-- api-review-bot:summary -->');
    expect(verdict).toBe('## ❌ API Review: 2 breaking changes · 2 warnings');
  });

  it.each([
    { name: 'an HTML tag', message: 'see <img src=x onerror=alert(1)>', raw: '<img', shown: 'see &lt;img src=x onerror=alert(1)&gt;' },
    { name: 'an @-mention', message: 'ping @octocat now', raw: ' @octocat', shown: 'ping @\u200boctocat now' },
    { name: 'Markdown emphasis', message: 'a *b* c', raw: ' *b* ', shown: 'a \\*b\\* c' },
  ])('shows $name from the spec as inert text', ({ message, raw, shown }) => {
    const review = sampleReview();
    const item = review.specs[0]!.items.find((candidate) => candidate.rule === 'request-parameter-became-required')!;
    item.message = message;
    const line = renderComment(review).split('\n').find((candidate) => candidate.includes('`request-parameter-became-required` ('));
    expect(line).toContain(`- ${shown} — `);
    expect(line).not.toContain(raw);
  });

  it('puts each change and finding of the fixture in its section, with its place in the file', () => {
    const sections = sectionsOf(renderComment(sampleReview(), { headBlobUrl: 'https://github.com/acme/orders/blob/abc123/' }));
    expect(sections).toEqual([
      ['Breaking changes (2)', ['api-removed-without-deprecation', 'base:openapi.yaml:70'], ['request-parameter-became-required', 'openapi.yaml#L24']],
      ['Changes that may break clients (1)', ['request-property-max-set', 'openapi.yaml#L180']],
      ['New lint findings (1)', ['api-error-responses', 'openapi.yaml#L91']],
      ['Checklist', ['Bump the major version'], ['Deprecate operations'], ['Tell the API consumers']],
      ['Migration plan for API consumers', ['DELETE /orders/{orderId}'], ['GET /orders'], ['POST /orders']],
      ['Non-breaking changes (1)', ['endpoint-added']],
      ['Existing lint debt in the parts this change touches, not blocking (1)', ['operation-tag-defined', 'openapi.yaml:12']],
    ].map(([title, ...items]) => ({ title, items: items.map((needles) => expect.stringMatching(inOrder(needles as string[]))) })));
  });

  it('stays within GitHub\'s limit by listing fewer items, and says so', () => {
    const many = Array.from({ length: 3000 }, (_, index) => change('response-required-property-removed', 'error', `GET /things/${index}`, index + 1));
    const review = assessReview({ specs: [analysis({ changes: many })], config: defaultConfig, acceptances: [], now });
    const comment = renderComment(review);
    const summary = renderCheckSummary(review);
    expect(comment.length).toBeLessThanOrEqual(githubTextLimit);
    expect(summary.length).toBeLessThanOrEqual(githubTextLimit);
    expect(comment).toMatch(/Showing \d+ of 3000/);
  });
});

describe('an edit that breaks many operations', () => {
  it('is shown once, with the operations it reaches, instead of once per operation', () => {
    const shared = (operation: string) => ({ ...change('response-property-max-length-increased', 'error', operation, 300), message: 'response property `locale`: `maxLength` was raised from 10 to 30' });
    const operations = Array.from({ length: 8 }, (_, index) => `GET /things/${index}`);
    const review = assessReview({
      specs: [analysis({ changes: [...operations.map(shared), change('api-removed-without-deprecation', 'error', 'DELETE /x', 20)] })],
      config: defaultConfig,
      acceptances: [],
      now,
    });
    const comment = renderComment(review);
    expect(comment).toContain('#### 🛑 Breaking changes (9)');
    expect(comment).toContain('**One edit breaks 8 operations:** response property `locale`: `maxLength` was raised from 10 to 30');
    expect(comment).toContain('- reaches `GET /things/0`, `GET /things/1`, `GET /things/2`, `GET /things/3`, `GET /things/4` and 3 more (8 findings)');
    // Once among the breaking changes, once in the migration plan.
    expect(comment.match(/maxLength` was raised/g)).toHaveLength(2);
    expect(comment).toContain('**`GET /things/0 (+7 more operations)`**');
    expect(comment).toContain('**`DELETE /x`**');
  });
});

describe('a new spec with many operations', () => {
  it('lists at most 50 checklist items, open ones first, and says how many more', () => {
    const facts = (index: number) => ({
      operation: `GET /things/${index}`, method: 'GET', path: `/things/${index}`, hasErrorResponses: index % 2 === 0, hasSecurity: true,
      hasExamples: true, isCollectionGet: false, hasPagination: false, isCreate: false, hasIdempotencyKey: false, deprecated: false, hasSunset: false, hasReplacement: false,
    });
    const review = assessReview({
      specs: [analysis({ status: 'added', newOperations: Array.from({ length: 200 }, (_, index) => facts(index)) })],
      config: defaultConfig,
      acceptances: [],
      now,
    });
    const comment = renderComment(review);
    const items = comment.split('\n').filter((line) => /^- \[[ x]\] /.test(line));
    expect(items).toHaveLength(50);
    expect(items.every((line) => line.startsWith('- [ ]'))).toBe(true);
    expect(comment).toContain('…and 550 more items (showing 50 of 600, open ones first)');
  });
});

describe('renderCheckSummary', () => {
  it('matches the golden summary', () => {
    expectGolden('check-summary.md', renderCheckSummary(sampleReview()));
  });
});
