import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config-schema.js';
import { annotationsOf, maxAnnotations } from '../../src/github/annotations.js';
import { assessReview } from '../../src/review/assess-review.js';
import { analysis, change } from '../review/analysis-fixtures.js';

const now = new Date('2026-11-25T12:00:00Z');

describe('annotationsOf', () => {
  it('keeps blockers first and stops at the limit', () => {
    const infos = Array.from({ length: 800 }, (_, index) => change('endpoint-added', 'info', `GET /new/${index}`, index + 1));
    const blockers = Array.from({ length: 3 }, (_, index) => change('request-parameter-became-required', 'error', `GET /old/${index}`, 900 + index));
    const review = assessReview({ specs: [analysis({ changes: [...infos, ...blockers] })], config: defaultConfig, acceptances: [], now });
    const annotations = annotationsOf(review);
    expect(annotations).toHaveLength(maxAnnotations);
    expect(annotations.slice(0, 3).map((annotation) => annotation.annotation_level)).toEqual(['failure', 'failure', 'failure']);
    expect(annotations[3]?.annotation_level).toBe('notice');
  });

  it('pins a removal, located in the merge base, to line 1 of the head spec and says where it was', () => {
    const review = assessReview({
      specs: [analysis({ changes: [{ ...change('api-removed-without-deprecation', 'error', 'DELETE /x', 70), source: { file: 'old/openapi.yaml', line: 70 } }] })],
      config: defaultConfig,
      acceptances: [],
      now,
    });
    expect(annotationsOf(review)[0]).toMatchObject({ path: 'openapi.yaml', start_line: 1, annotation_level: 'failure' });
    expect(annotationsOf(review)[0]?.message).toContain('old/openapi.yaml:70');
  });

  it('keeps a title and a message built from a hostile spec within GitHub\'s limits', () => {
    const long = change('request-parameter-became-required', 'error', `GET /${'x'.repeat(1_000)}`, 1);
    const review = assessReview({ specs: [analysis({ changes: [{ ...long, message: 'ü'.repeat(40_000) }] })], config: defaultConfig, acceptances: [], now });
    const [annotation] = annotationsOf(review);
    expect(Buffer.byteLength(annotation?.title ?? '')).toBeLessThanOrEqual(255);
    expect(annotation?.title).toMatch(/^request-parameter-became-required · GET \/x+…$/);
    expect(Buffer.byteLength(annotation?.message ?? '')).toBeLessThanOrEqual(64 * 1024 - 1);
  });
});
