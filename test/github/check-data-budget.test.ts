import { describe, expect, it } from 'vitest';
import { fittedCheckDataLine } from '../../src/github/check-data-budget.js';
import { byteLength } from '../../src/github/text-budget.js';
import { formatCheckData, parseCheckData, type CheckData } from '../../src/review/check-data.js';

function data(fingerprints: number): CheckData {
  const prints = Array.from({ length: fingerprints }, (_, index) => `fp-${String(index).padStart(12, '0')}`);
  return {
    version: 1,
    verdict: 'fail',
    breakingChanges: fingerprints,
    acceptedBlockers: 0,
    newLintErrors: 0,
    counts: { blocker: fingerprints, warning: 0, info: 0 },
    specs: [{ spec: 'openapi.yaml', status: 'modified', breaking: ['endpoint-removed'], lintErrors: 0 }],
    acceptances: [],
    unacceptedFingerprints: prints,
    generatedAt: '2026-12-05T00:00:00.000Z',
  } as CheckData;
}

describe('fittedCheckDataLine', () => {
  it('keeps the whole line when it fits', () => {
    expect(fittedCheckDataLine(data(10), 65_535)).toBe(formatCheckData(data(10)));
  });

  it('shortens the lists to a parseable line within the budget, the verdict kept', () => {
    const line = fittedCheckDataLine(data(10_000), 65_535);
    expect(byteLength(line)).toBeLessThanOrEqual(65_535);
    const parsed = parseCheckData(line);
    expect(parsed?.verdict).toBe('fail');
    expect(parsed?.breakingChanges).toBe(10_000);
    // A prefix of what there was, as long as the budget allows: an acceptance covers no more than it names.
    expect(parsed?.unacceptedFingerprints).toEqual(data(10_000).unacceptedFingerprints.slice(0, parsed?.unacceptedFingerprints.length));
    expect(byteLength(formatCheckData({ ...data(10_000), unacceptedFingerprints: data(10_000).unacceptedFingerprints.slice(0, (parsed?.unacceptedFingerprints.length ?? 0) + 1) }))).toBeGreaterThan(65_535);
  });
});
