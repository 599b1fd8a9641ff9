import { describe, expect, it } from 'vitest';
import { defaultExcerptCaps, extractChangedOperations } from '../../src/llm/changed-operations.js';
import { baseSpec, headSpec, reviewOf } from './review-fixture.js';

describe('extractChangedOperations', () => {
  it('takes only the operations named by detected changes, breaking first, with both sides', async () => {
    const { review, sides } = await reviewOf(baseSpec(), headSpec());

    const { excerpts, omitted } = extractChangedOperations(review, sides);

    expect(excerpts.map((excerpt) => [excerpt.operation, 'base' in excerpt, 'head' in excerpt])).toEqual([
      ['POST /orders', true, true],
      ['GET /orders/{id}', true, true],
      ['POST /orders/{id}/cancel', false, true],
    ]);
    expect(omitted).toBe(0);
    expect(JSON.stringify(excerpts)).not.toContain('listCustomers');
  });

  it('follows $refs a limited number of hops and keeps deeper ones as references', async () => {
    const { review, sides } = await reviewOf(baseSpec(), headSpec());

    const resolved = extractChangedOperations(review, sides).excerpts[0];
    const unresolved = extractChangedOperations(review, sides, { ...defaultExcerptCaps, refHops: 0 }).excerpts[0];

    expect(JSON.stringify(resolved?.head)).toContain('"required":["currency"]');
    expect(JSON.stringify(unresolved?.head)).toContain('{"$ref":"#/components/schemas/NewOrder"}');
  });

  it('caps the size per operation, the total and long strings', async () => {
    const long = 'x'.repeat(5_000);
    const { review, sides } = await reviewOf(baseSpec(long), headSpec(long));

    const clipped = extractChangedOperations(review, sides, { ...defaultExcerptCaps, maxStringChars: 100 }).excerpts[0];
    const tooBig = extractChangedOperations(review, sides, { ...defaultExcerptCaps, maxStringChars: 10_000, maxCharsPerOperation: 2_000 }).excerpts[0];
    const capped = extractChangedOperations(review, sides, { ...defaultExcerptCaps, maxTotalChars: 2_500 });

    expect(JSON.stringify(clipped)).toContain(`"${'x'.repeat(100)}…"`);
    expect(tooBig).toEqual({ spec: 'openapi.yaml', operation: 'POST /orders', head: { note: 'operation too large to include' } });
    expect(capped.excerpts.length + capped.omitted).toBe(3);
    expect(capped.omitted).toBeGreaterThan(0);
  });

  it('sends nothing for a spec whose sides are not given', async () => {
    const { review } = await reviewOf(baseSpec(), headSpec());
    expect(extractChangedOperations(review, [])).toEqual({ excerpts: [], omitted: 3 });
  });
});
