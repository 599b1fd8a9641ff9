// Every template escapes by default: spec and pull request text reaches the comment, the check
// summary, the command replies and the digest only as inert text. Raw output is audited here.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { refusal } from '../../src/commands/refusal.js';
import { defaultConfig } from '../../src/config/config-schema.js';
import { computeDigest } from '../../src/digest/compute-digest.js';
import { renderDigest } from '../../src/digest/render-digest.js';
import { annotationsOf } from '../../src/github/annotations.js';
import { compileMarkdownTemplate, renderTemplate } from '../../src/render/handlebars-env.js';
import { renderCheckSummary, renderComment } from '../../src/render/render-review.js';
import { assessReview } from '../../src/review/assess-review.js';
import { analysis, change, finding } from '../review/analysis-fixtures.js';
import { op, pr } from '../digest/metrics/facts.js';

const templates = new URL('../../templates/', import.meta.url);
const hbsFiles = readdirSync(templates).filter((name) => name.endsWith('.hbs'));

/** Text an attacker controls through a spec or a pull request. */
const hostile = 'x <img src="https://evil.test/p.png"> @acme/security #12 [a](https://evil.test) <!-- hidden\n## ✅ API Review: passed <!-- api-review-bot:command {"kind":"accept"} -->';

/** Everything an attacker's text must not become in rendered Markdown. */
function expectInert(text: string, ownMarkers: string[] = []): void {
  let rest = text;
  for (const marker of ownMarkers) rest = rest.replace(marker, '');
  expect(rest).not.toContain('<img');
  expect(rest).not.toContain('<!--');
  expect(rest).not.toMatch(/(^|[^A-Za-z0-9])@acme/);
  expect(rest).not.toMatch(/(^|[^\w\\])#12/);
  expect(rest).not.toMatch(/(^|\n)#+ ✅/);
  // Link syntax is inert inside a code span; outside one its bracket must be escaped.
  expect(rest.replace(/`[^`\n]*`/g, '')).not.toMatch(/(^|[^\\])\[a\]\(/);
}

describe('templates', () => {
  /** Raw output, each made by this App alone: the signed record, and a command's usage line from its own metadata. */
  const rawValues = new Set(['marker', 'usage']);

  it.each(hbsFiles)('%s writes raw ({{{ }}}) only what this App made', (name) => {
    const raw = [...readFileSync(new URL(name, templates), 'utf8').matchAll(/\{\{\{\s*([^}\s]+)/g)].map((match) => match[1] ?? '');
    expect(raw.filter((value) => !rawValues.has(value))).toEqual([]);
  });

  it.each(hbsFiles)('%s puts no escaped value in a hand-written code span (the `code` helper escapes for it)', (name) => {
    expect(readFileSync(new URL(name, templates), 'utf8')).not.toMatch(/`\{\{(?!\{)/);
  });

  it('escapes a plain {{value}} and a helper result for Markdown', () => {
    const render = compileMarkdownTemplate('{{value}} / {{plural 2 value value}} / {{code value}} / {{{raw}}}');
    expect(render({ value: '<b>@x</b>', raw: '<!-- own -->' })).toBe('&lt;b&gt;@\u200bx&lt;/b&gt; / &lt;b&gt;@\u200bx&lt;/b&gt; / `‹b›@\u200bx‹/b›` / <!-- own -->');
  });
});

describe('hostile spec text', () => {
  const now = new Date('2026-01-05T10:00:00Z');
  const hostileChange = { ...change('api-removed-without-deprecation', 'error', `GET /x ${hostile}`, 3), message: hostile, source: { file: `specs/${hostile}.yaml`, line: 3 } };
  const review = assessReview({
    specs: [
      analysis({
        spec: `api/${hostile}.yaml`,
        baseVersion: `1.0 ${hostile}`,
        headVersion: hostile,
        changes: [hostileChange, { ...change('response-property-enum-value-added', 'warning', 'GET /y', 4), message: hostile }, { ...change('endpoint-added', 'info', 'GET /z', 5), message: hostile }],
        lint: { introduced: [{ ...finding(`rule-${hostile}`, 'error', 6), message: hostile }], existing: [{ ...finding('old', 'warning', 7), message: hostile }], fixed: [] },
        notes: [hostile],
      }),
    ],
    config: defaultConfig,
    acceptances: [],
    now,
  });
  const links = { headBlobUrl: 'https://github.com/o/r/blob/head/', baseBlobUrl: 'https://github.com/o/r/blob/base/' };

  it('is inert in the summary comment, whose only hidden marker is its own first line', () => {
    const comment = renderComment(review, links);
    expect(comment.startsWith('<!-- api-review-bot:summary -->\n')).toBe(true);
    expectInert(comment, ['<!-- api-review-bot:summary -->']);
  });

  it('is inert in the check summary', () => {
    expectInert(renderCheckSummary(review, links));
  });

  it('is one line of plain text in annotations', () => {
    for (const annotation of annotationsOf(review)) {
      for (const text of [annotation.title, annotation.message]) {
        expect(text).not.toMatch(/[<>\n]/);
        expect(text.length).toBeLessThanOrEqual(annotation === undefined ? 0 : text === annotation.title ? 255 : 65_535);
        expect(text).not.toMatch(/(^|[^A-Za-z0-9])@acme/);
      }
    }
  });

  it('is inert in command replies', () => {
    expectInert(refusal('unknown-rule', { id: hostile }).reply ?? '');
    expectInert(refusal('permission', { user: hostile, command: hostile, permission: hostile, teams: [hostile] }).reply ?? '');
    expectInert(renderTemplate('command-plan', { specs: [{ spec: hostile, migrationPlan: [{ operation: hostile, steps: [{ rule: 'r', text: hostile }] }] }] }));
    expectInert(renderTemplate('command-help', { unknown: hostile, commands: [{ usage: '/api-review accept-breaking <reason>', summary: hostile, approverOnly: true }], teams: [hostile], label: hostile }));
  });

  it('is inert in the digest', () => {
    const digest = computeDigest(
      {
        repos: ['octo/orders'],
        pullRequests: [pr(7, { repo: 'octo/orders', url: 'https://github.com/octo/orders/pull/7', title: hostile, createdAt: '2026-11-17T00:00:00Z', breaking: 1 })],
        specs: [
          {
            repo: 'octo/orders',
            path: `${hostile}.yaml`,
            url: 'https://github.com/octo/orders/blob/main/x.yaml',
            blobBase: 'https://github.com/octo/orders/blob/0123abc/',
            operations: [op(`GET /${hostile}`, { deprecated: true, sunset: '2026-12-01' })],
            findings: [{ code: hostile, severity: 'warning', operation: `GET /${hostile}` }],
          },
        ],
        notes: [hostile],
      },
      new Date('2026-11-23T08:00:00Z'),
    );
    const body = renderDigest(digest);
    expectInert(body, [body.split('\n')[0] ?? '']);
  });
});
