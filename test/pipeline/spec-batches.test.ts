// How a review's spec pairs are cut into batches for the pool's workers: in order, every pair
// once, several batches per worker, never an empty batch.
import { describe, expect, it } from 'vitest';
import { batchesPerWorker, specBatches } from '../../src/pipeline/spec-batches.js';

const pairs = (count: number) => Array.from({ length: count }, (_, index) => ({ base: `s${index}.yaml`, head: `s${index}.yaml` }));

describe('specBatches', () => {
  it.each([
    { name: 'no pairs', count: 0, workers: 2, sizes: [] },
    { name: 'one pair', count: 1, workers: 4, sizes: [1] },
    { name: 'fewer pairs than batches: one each', count: 5, workers: 2, sizes: [1, 1, 1, 1, 1] },
    { name: '50 pairs on 2 workers', count: 50, workers: 2, sizes: [7, 7, 7, 7, 7, 7, 7, 1] },
    { name: '50 pairs on 1 worker', count: 50, workers: 1, sizes: [13, 13, 13, 11] },
    { name: 'a pool size of 0 counts as 1', count: 8, workers: 0, sizes: [2, 2, 2, 2] },
  ])('$name', ({ count, workers, sizes }) => {
    const batches = specBatches(pairs(count), workers);
    expect(batches.map((batch) => batch.length)).toEqual(sizes);
    expect(batches.flat()).toEqual(pairs(count));
    expect(batches.length).toBeLessThanOrEqual(Math.max(1, workers) * batchesPerWorker);
  });
});
