import { describe, expect, it } from 'vitest';
import { hasSharedMaterial, sharedPath } from './shared-material.js';

describe('hasSharedMaterial', () => {
  it.each([
    { name: 'present: runs, prints nothing', path: new URL('../package.json', import.meta.url).pathname, expected: true, lines: [] as string[] },
    {
      name: 'absent: skips, prints one line naming the test and the path',
      path: '/nonexistent/shared/corpus',
      expected: false,
      lines: ['skipped: corpus pairs (needs /nonexistent/shared/corpus, which is absent)'],
    },
  ])('$name', ({ path, expected, lines }) => {
    const printed: string[] = [];
    expect(hasSharedMaterial(path, 'corpus pairs', (line) => printed.push(line))).toBe(expected);
    expect(printed).toEqual(lines);
  });

  it('places ../shared beside the project root', () => {
    expect(sharedPath('corpus')).toBe(new URL('../../shared/corpus', import.meta.url).pathname);
  });
});
