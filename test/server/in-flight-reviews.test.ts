// The running-reviews registry a stopping server drains, and the grace period it reads.
import { describe, expect, it } from 'vitest';
import { inFlightReviews } from '../../src/server/in-flight-reviews.js';
import { defaultShutdownGraceSeconds, shutdownGraceMs } from '../../src/server/shutdown-grace.js';

function deferred(): { promise: Promise<string>; resolve: (value: string) => void } {
  let resolve: (value: string) => void = () => undefined;
  const promise = new Promise<string>((done) => (resolve = done));
  return { promise, resolve };
}

describe('inFlightReviews', () => {
  it('waits for reviews that finish within the grace period and interrupts none', async () => {
    const reviews = inFlightReviews();
    const work = deferred();
    const interrupted: string[] = [];
    const review = reviews.track((interruption) => {
      interruption.onInterrupt(async () => interrupted.push('a'));
      return work.promise;
    });
    expect(reviews.size).toBe(1);
    const drained = reviews.drain(5_000);
    work.resolve('done');
    expect(await drained).toEqual({ finished: 1, interrupted: 0 });
    expect(await review).toBe('done');
    expect(interrupted).toEqual([]);
    expect(reviews.size).toBe(0);
  });

  it('completes the check runs of reviews still running when the grace period ends', async () => {
    const reviews = inFlightReviews();
    const completed: string[] = [];
    void reviews.track((interruption) => {
      interruption.onInterrupt(async () => completed.push('slow'));
      return new Promise<never>(() => undefined);
    });
    void reviews.track(async () => 'quick');
    const failing = reviews.track((interruption) => {
      interruption.onInterrupt(() => Promise.reject(new Error('GitHub is down')));
      return new Promise<never>(() => undefined);
    });
    void failing;
    expect(await reviews.drain(20)).toEqual({ finished: 1, interrupted: 2 });
    expect(completed).toEqual(['slow']);
  });

  it('forgets a review that failed', async () => {
    const reviews = inFlightReviews();
    await expect(reviews.track(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(reviews.size).toBe(0);
    expect(await reviews.drain(10)).toEqual({ finished: 0, interrupted: 0 });
  });
});

describe('shutdownGraceMs', () => {
  it.each([
    { value: undefined, ms: defaultShutdownGraceSeconds * 1000 },
    { value: '', ms: defaultShutdownGraceSeconds * 1000 },
    { value: 'soon', ms: defaultShutdownGraceSeconds * 1000 },
    { value: '-1', ms: defaultShutdownGraceSeconds * 1000 },
    { value: '0', ms: 0 },
    { value: ' 25 ', ms: 25_000 },
    { value: '1.5', ms: 1_500 },
  ])('SHUTDOWN_GRACE_SECONDS=$value → $ms ms', ({ value, ms }) => {
    expect(shutdownGraceMs({ SHUTDOWN_GRACE_SECONDS: value })).toBe(ms);
  });
});
