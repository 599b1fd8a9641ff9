import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config-schema.js';
import { assessReview } from '../../src/review/assess-review.js';
import { buildChangelog } from '../../src/review/build-changelog.js';
import { renderChangelogHtml, renderChangelogMarkdown, withCodeSpans } from '../../src/render/render-changelog.js';
import { change, specAnalysis } from '../review/analysis-fixtures.js';

const hostile = 'Orders <script>alert(1)</script> <img src=x onerror="alert(2)"> & more `<b>q</b>`';

function changelog() {
  const removed = { ...change('api-path-removed-without-deprecation', 'error', 'GET /orders', 12), message: hostile };
  const added = change('endpoint-added', 'info', 'POST /orders', 30);
  return buildChangelog(assessReview({ specs: [specAnalysis([removed, added])], config: defaultConfig, acceptances: [], now: new Date('2026-12-05T10:00:00Z') }));
}

describe('changelog rendering', () => {
  it('writes one self-contained HTML page: inline CSS, no script, no external reference, spec text escaped', () => {
    const page = renderChangelogHtml(changelog());
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('Orders &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src&#x3D;x onerror&#x3D;&quot;alert(2)&quot;&gt; &amp; more <code>&lt;b&gt;q&lt;/b&gt;</code>');
    expect(page).not.toMatch(/<script|<img|<link|<iframe|@import|url\(/i);
    expect(page).not.toMatch(/(src|href)=/i);
    expect(page).toContain("default-src 'none'");
    expect(page).toContain('prefers-color-scheme: dark');
    expect(page).toContain('@media print');
    expect(page).toContain('name="viewport"');
    expect(page).toContain('<h3 class="breaking">Breaking</h3>');
    expect(page).toContain('<code>GET /orders</code>');
  });

  it('writes Markdown release notes grouped by operation, spec text inert', () => {
    const text = renderChangelogMarkdown(changelog());
    expect(text).toContain('**Version bump: major** · 1 breaking · 0 deprecated · 1 added · 0 changed');
    expect(text).toContain('## `GET /orders`\n\n**Breaking**\n- Orders');
    expect(text).toContain('## `POST /orders`\n\n**Added**');
    expect(text).not.toContain('<script');
    expect(text).not.toContain('<img');
  });

  it.each([
    { text: 'parameter `status` became required', html: 'parameter <code>status</code> became required' },
    { text: 'a lone ` backtick & <tag>', html: 'a lone &#x60; backtick &amp; &lt;tag&gt;' },
    { text: '`<script>`', html: '<code>&lt;script&gt;</code>' },
  ])('writes $text with code spans, escaped', ({ text, html }) => {
    expect(withCodeSpans(text)).toBe(html);
  });
});
