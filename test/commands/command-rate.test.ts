import { describe, expect, it } from 'vitest';
import { commandRate } from '../../src/commands/command-rate.js';

describe('the per-user command rate', () => {
  it.each([
    { name: 'within the limit', comments: [[0, 2], [1_000, 2], [2_000, 2]], expect: ['run', 'run', 'run'] },
    { name: 'over it: one refusal, then silence', comments: [[0, 5], [1_000, 2], [2_000, 1], [3_000, 1]], expect: ['run', 'refuse', 'run', 'ignore'] },
    { name: 'a minute later, again', comments: [[0, 6], [1_000, 1], [2_000, 1], [61_000, 1], [61_500, 6]], expect: ['run', 'refuse', 'ignore', 'run', 'refuse'] },
    { name: 'one comment over the limit on its own', comments: [[0, 7]], expect: ['refuse'] },
  ])('$name', ({ comments, expect: decisions }) => {
    const rate = commandRate(6, 60_000);
    expect(comments.map(([at, count]) => rate.decide('1/mallory', count as number, at))).toEqual(decisions);
  });

  it('counts users and installations apart', () => {
    const rate = commandRate(1, 60_000);
    expect([rate.decide('1/mallory', 1, 0), rate.decide('1/alice', 1, 0), rate.decide('2/mallory', 1, 0), rate.decide('1/mallory', 1, 0)]).toEqual(['run', 'run', 'run', 'refuse']);
  });
});
