// The merge-base text rebuilt from the head text and the patch git (and GitHub's compare API)
// lists; the patches below are `git diff` output, from the first hunk header on.
import { describe, expect, it } from 'vitest';
import { reversePatch } from '../../src/github/reverse-patch.js';

const lines = (...all: string[]): string => all.map((line) => `${line}\n`).join('');

describe('reversePatch rebuilds the base', () => {
  it.each([
    {
      name: 'one changed line, three lines of context, the hunk header naming a section',
      base: lines('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'),
      head: lines('a', 'b', 'c', 'd', 'E', 'f', 'g', 'h', 'i', 'j'),
      patch: '@@ -2,7 +2,7 @@ a\n b\n c\n d\n-e\n+E\n f\n g\n h',
    },
    {
      name: 'two hunks, a line added at the end',
      base: lines('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'),
      head: lines('A', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm'),
      patch: '@@ -1,4 +1,4 @@\n-a\n+A\n b\n c\n d\n@@ -10,3 +10,4 @@ i\n j\n k\n l\n+m',
    },
    { name: 'a line added at the start', base: lines('p', 'q'), head: lines('n', 'p', 'q'), patch: '@@ -1,2 +1,3 @@\n+n\n p\n q' },
    { name: 'an empty base', base: '', head: lines('x', 'y'), patch: '@@ -0,0 +1,2 @@\n+x\n+y' },
    { name: 'the base had no final newline', base: 'a\nb\nc', head: lines('a', 'b', 'c'), patch: '@@ -1,3 +1,3 @@\n a\n b\n-c\n\\ No newline at end of file\n+c' },
    { name: 'the head has no final newline', base: lines('a', 'b', 'c'), head: 'a\nb', patch: '@@ -1,3 +1,2 @@\n a\n-b\n-c\n+b\n\\ No newline at end of file' },
    { name: 'CRLF line ends', base: 'a\r\nb\r\n', head: 'a\r\nB\r\n', patch: '@@ -1,2 +1,2 @@\n a\r\n-b\r\n+B\r' },
    { name: 'a patch text ending with a newline', base: lines('p', 'q'), head: lines('n', 'p', 'q'), patch: '@@ -1,2 +1,3 @@\n+n\n p\n q\n' },
  ])('$name', ({ base, head, patch }) => {
    expect(reversePatch(head, patch)).toBe(base);
  });
});

describe('reversePatch refuses a patch that does not fit the head', () => {
  it.each([
    { name: 'a context line the head does not have', head: lines('a', 'X', 'c'), patch: '@@ -1,3 +1,3 @@\n a\n-b\n+B\n c' },
    { name: 'an added line the head does not have', head: lines('a', 'b', 'c'), patch: '@@ -1,3 +1,3 @@\n a\n-b\n+B\n c' },
    { name: 'line counts other than the header says', head: lines('a', 'B', 'c'), patch: '@@ -1,4 +1,3 @@\n a\n-b\n+B\n c' },
    { name: 'a hunk past the end of the head', head: lines('a'), patch: '@@ -5,1 +5,1 @@\n-b\n+B' },
    { name: 'hunks out of order', head: lines('a', 'B', 'c', 'D'), patch: '@@ -4,1 +4,1 @@\n-d\n+D\n@@ -2,1 +2,1 @@\n-b\n+B' },
    { name: 'a head whose end disagrees with the patch', head: lines('a', 'b'), patch: '@@ -1,3 +1,2 @@\n a\n-b\n-c\n+b\n\\ No newline at end of file' },
    { name: 'no hunk at all (GitHub names a binary file this way)', head: lines('a'), patch: 'Binary files differ' },
    { name: 'a line of unknown kind', head: lines('a', 'B'), patch: '@@ -1,2 +1,2 @@\n a\n*b\n+B' },
  ])('$name', ({ head, patch }) => {
    expect(reversePatch(head, patch)).toBeUndefined();
  });
});
