import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config-schema.js';
import { assessReview, EVERY_BREAKING_CHANGE } from '../../src/review/assess-review.js';
import type { Acceptance } from '../../src/review/review.js';
import { renderCheckSummary, renderComment } from '../../src/render/render-review.js';
import { breakingChange, specAnalysis } from './analysis-fixtures.js';

const now = new Date('2026-01-05T10:00:00Z');
const changes = [breakingChange('GET /orders', ['paths', '/orders', 'get']), breakingChange('GET /users', ['paths', '/users', 'get'])];

function review(acceptances: Acceptance[], lintBlocks = false) {
  const lint = {
    introduced: [{ code: 'oas3-schema', severity: 'error' as const, message: 'bad', path: ['info'], source: { file: 'openapi.yaml', line: 1 } }],
    existing: [],
    fixed: [],
  };
  return assessReview({
    specs: [specAnalysis(changes, lintBlocks ? { lint } : {})],
    config: { ...defaultConfig, lint: { ...defaultConfig.lint, new_errors_block: lintBlocks } },
    acceptances,
    now,
  });
}

function acceptance(fingerprints: string[]): Acceptance {
  return { user: 'alice', reason: 'agreed', url: 'https://github.test/c/1', at: '2026-01-05T09:00:00Z', fingerprints };
}

describe('assessReview with acceptances', () => {
  it('fails while a breaking change is not accepted', () => {
    const result = review([]);
    expect(result.verdict).toBe('fail');
    expect(result.unacceptedFingerprints).toHaveLength(2);
  });

  it('an acceptance covers only its own fingerprints', () => {
    const [first] = review([]).unacceptedFingerprints;
    const result = review([acceptance([first ?? '', 'gone0000000000000'])]);
    expect(result.verdict).toBe('fail');
    expect(result.acceptedBlockers).toBe(1);
    // The review lists what the acceptance covers in this review, not what it once saw.
    expect(result.acceptances).toEqual([acceptance([first ?? ''])]);
  });

  it(`'${EVERY_BREAKING_CHANGE}' covers every breaking change, listed by its fingerprints`, () => {
    const all = review([]).unacceptedFingerprints;
    const result = review([acceptance([EVERY_BREAKING_CHANGE])]);
    expect(result.verdict).toBe('pass');
    expect(result.acceptedBlockers).toBe(2);
    expect(result.acceptances[0]?.fingerprints.sort()).toEqual([...all].sort());
    expect(result.specs[0]?.items.every((item) => item.acceptedBy?.user === 'alice')).toBe(true);
  });

  it(`'${EVERY_BREAKING_CHANGE}' does not cover a blocking lint error`, () => {
    const result = review([acceptance([EVERY_BREAKING_CHANGE])], true);
    expect(result.verdict).toBe('fail');
    expect(result.unacceptedFingerprints).toHaveLength(1);
    expect(result.specs[0]?.items.find((item) => item.kind === 'lint')?.acceptedBy).toBeUndefined();
  });

  it('an acceptance that covers nothing here is not listed', () => {
    expect(review([acceptance(['gone0000000000000'])]).acceptances).toEqual([]);
  });

  describe('with an end date', () => {
    const reviewAt = (at: string, acceptances: Acceptance[]) =>
      assessReview({ specs: [specAnalysis(changes)], config: defaultConfig, acceptances, now: new Date(at) });
    const all = review([]).unacceptedFingerprints;
    const dated = { ...acceptance(all), until: '2027-03-31' };

    it('holds through its last day, and the review shows who, why and until when', () => {
      const result = reviewAt('2027-03-31T23:59:00Z', [dated]);
      expect(result.verdict).toBe('pass');
      expect(result.acceptances).toEqual([dated]);
      expect(result.expiredAcceptances).toEqual([]);
      expect(result.specs[0]?.items[0]?.acceptedBy).toMatchObject({ user: 'alice', reason: 'agreed', until: '2027-03-31' });
      expect(renderCheckSummary(result)).toContain('✔️ **@alice** accepted 2 breaking changes until 2027-03-31: "agreed"');
      expect(renderComment(result)).toContain('✔️ **@alice accepted 2 breaking changes until 2027-03-31** — "agreed"');
    });

    it('expires between two reviews: the next one fails again and says the acceptance expired', () => {
      const before = reviewAt('2027-03-31T12:00:00Z', [dated]);
      const after = reviewAt('2027-04-01T00:00:00Z', [dated]);
      expect(before.verdict).toBe('pass');
      expect(after.verdict).toBe('fail');
      expect(after.acceptedBlockers).toBe(0);
      expect(after.acceptances).toEqual([]);
      expect(after.expiredAcceptances).toEqual([dated]);
      expect(after.specs[0]?.items.every((item) => item.acceptedBy === undefined)).toBe(true);
      expect(renderCheckSummary(after)).toContain('⌛ **@alice**\'s acceptance of 2 breaking changes expired after 2027-03-31: "agreed"');
      expect(renderComment(after)).toContain("⌛ **@alice's acceptance of 2 breaking changes expired after 2027-03-31**");
    });

    it('an acceptance without a date never expires', () => {
      expect(reviewAt('2099-01-01T00:00:00Z', [acceptance(all)]).verdict).toBe('pass');
    });
  });
});
