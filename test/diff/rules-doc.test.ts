import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/diff/catalog.js';
import { explainCheck } from '../../src/diff/explain-check.js';
import { renderRulesDoc } from '../../src/diff/rules-doc.js';

describe('rules documentation', () => {
  it('docs/rules.md is up to date (run `npx tsx scripts/generate-rules-doc.ts`)', () => {
    const written = readFileSync(fileURLToPath(new URL('../../docs/rules.md', import.meta.url)), 'utf8');
    expect(written === renderRulesDoc(), 'docs/rules.md is stale: run `npx tsx scripts/generate-rules-doc.ts`').toBe(true);
  });

  it('says which ids are this project\'s own', () => {
    const doc = renderRulesDoc();
    const ours = catalog.filter((check) => check.ours === true);
    expect(ours.length).toBeGreaterThan(0);
    for (const check of ours) expect(doc).toContain(`| \`${check.id}\` (ours) |`);
    expect(explainCheck(ours[0]?.id ?? '')).toContain('oasdiff does not report it');
  });

  it('lists every check', () => {
    const doc = renderRulesDoc();
    for (const check of catalog) expect(doc).toMatch(`| \`${check.id}\` ${check.ours === true ? '(ours) ' : ''}|`);
  });
});

describe('explainCheck', () => {
  it('explains a known check in Markdown', () => {
    const text = explainCheck('request-parameter-became-required');
    expect(text).toContain('### `request-parameter-became-required`');
    expect(text).toContain('error (breaking)');
    expect(text).toContain('request-parameters');
    expect(text).toContain('An optional request parameter became required');
  });

  it('returns undefined for an unknown id', () => {
    expect(explainCheck('not-a-check')).toBeUndefined();
  });
});
