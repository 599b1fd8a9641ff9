import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config-schema.js';
import { assessReview, EVERY_BREAKING_CHANGE } from '../../src/review/assess-review.js';
import type { Acceptance } from '../../src/review/review.js';
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
    config: { ...defaultConfig, lint: { new_errors_block: lintBlocks } },
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
});
