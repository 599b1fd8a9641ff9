// Reading ahead while spec roots are parsed one by one: the next reads overlap the current one,
// each early read is handed over once, a failed early read fails only the read that asks for it,
// and selecting the specs a monorepo change reaches gives the same pairs with reads in parallel.
import { describe, expect, it } from 'vitest';
import type { FileSource } from '../../src/specs/file-source.js';
import { memorySource } from '../../src/specs/memory-source.js';
import { readAheadSource } from '../../src/specs/read-ahead-source.js';
import { selectSpecs } from '../../src/specs/select-specs.js';
import { monorepo } from '../fixtures/monorepo/monorepo-specs.js';

/** A source that answers after a timer, counting reads per path and the most in flight at once. */
function slowSource(files: Record<string, string>, fail: ReadonlySet<string> = new Set()): FileSource & { reads: Map<string, number>; mostAtOnce: () => number } {
  const memory = memorySource(files);
  const reads = new Map<string, number>();
  let inFlight = 0;
  let most = 0;
  return {
    label: 'slow',
    reads,
    mostAtOnce: () => most,
    read: async (path) => {
      reads.set(path, (reads.get(path) ?? 0) + 1);
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 2));
      inFlight -= 1;
      if (fail.has(path)) throw new Error(`cannot read ${path}`);
      return memory.read(path);
    },
  };
}

const files = { a: 'A', b: 'B', c: 'C', d: 'D' };
const text = (bytes: Uint8Array | undefined): string | undefined => (bytes ? new TextDecoder().decode(bytes) : undefined);

describe('readAheadSource', () => {
  it('starts the next `ahead` reads and hands each over once, without reading it again', async () => {
    const source = slowSource(files);
    const ahead = readAheadSource(source, ['a', 'b', 'c', 'd'], 2);
    ahead.readAfter(0);
    expect([...source.reads.keys()]).toEqual(['b', 'c']);
    expect(text(await ahead.read('a'))).toBe('A');
    expect(text(await ahead.read('b'))).toBe('B');
    ahead.readAfter(1);
    expect(text(await ahead.read('c'))).toBe('C');
    expect(text(await ahead.read('d'))).toBe('D');
    expect(Object.fromEntries(source.reads)).toEqual({ a: 1, b: 1, c: 1, d: 1 });
    // Handed over already: a second read goes to the source.
    expect(text(await ahead.read('b'))).toBe('B');
    expect(source.reads.get('b')).toBe(2);
  });

  it('fails only the read that asks for a file whose early read failed', async () => {
    const source = slowSource(files, new Set(['b']));
    const ahead = readAheadSource(source, ['a', 'b', 'c'], 2);
    ahead.readAfter(0);
    await expect(ahead.read('b')).rejects.toThrow('cannot read b');
    expect(text(await ahead.read('c'))).toBe('C');
  });

  it('selects the same specs of a monorepo change, reading roots in parallel, each once', async () => {
    const repo = monorepo({ count: 40, changed: 6 });
    const changed = [...repo.changedSpecs.map((path) => ({ status: 'modified' as const, path }))];
    const head = slowSource(repo.headFiles);
    const input = { changed, base: memorySource(repo.baseFiles), headPaths: Object.keys(repo.headFiles), globs: [] };
    const selected = await selectSpecs({ ...input, head });
    expect(selected).toEqual(repo.changedSpecs.map((path) => ({ base: path, head: path })));
    expect(head.mostAtOnce()).toBeGreaterThan(1);
    const roots = Object.keys(repo.headFiles).filter((path) => path.endsWith('openapi.yaml') && !repo.changedSpecs.includes(path));
    expect(roots.map((root) => head.reads.get(root))).toEqual(roots.map(() => 1));
  });
});
