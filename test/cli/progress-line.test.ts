// The progress line: on a terminal only, never with --quiet, erased before the result.
import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress-line.js';
import { runCli } from '../../src/cli.js';
import type { Output } from '../../src/cli/cli-output.js';

function fakeStream(isTTY: boolean): { isTTY: boolean; written: string[]; write(text: string): boolean } {
  const written: string[] = [];
  return { isTTY, written, write: (text) => written.push(text) > 0 };
}

describe('progressLine', () => {
  it.each([
    { name: 'a terminal', isTTY: true, quiet: false, shows: true },
    { name: 'a terminal with --quiet', isTTY: true, quiet: true, shows: false },
    { name: 'a pipe or a file', isTTY: false, quiet: false, shows: false },
  ])('on $name: shown $shows', ({ isTTY, quiet, shows }) => {
    const stream = fakeStream(isTTY);
    const line = progressLine(stream, quiet);
    line.show?.({ step: 'parsing' });
    line.show?.({ step: 'linting', units: 12 });
    line.clear();
    expect(line.show !== undefined).toBe(shows);
    expect(stream.written).toEqual(shows ? ['\r\u001b[Kapi-review: parsing…', '\r\u001b[Kapi-review: linting 12 units…', '\r\u001b[K'] : []);
  });

  it('erases nothing when nothing was shown', () => {
    const stream = fakeStream(true);
    progressLine(stream, false).clear();
    expect(stream.written).toEqual([]);
  });
});

describe('the CLI progress line', () => {
  async function run(argv: string[], isTTY: boolean): Promise<{ code: number; out: string; progress: string[] }> {
    const stream = fakeStream(isTTY);
    let out = '';
    const output: Output = { out: (text) => (out += text), err: () => {}, progress: stream };
    const code = await runCli(argv, output);
    return { code, out, progress: stream.written };
  }

  it.each([
    { command: 'diff', steps: ['parsing', 'diffing'] },
    { command: 'review', steps: ['parsing', 'linting', 'diffing'] },
  ])('$command on a terminal says each step, then erases the line', async ({ command, steps }) => {
    const { progress, out } = await run([command, 'examples/orders-v1.yaml', 'examples/orders-v2.yaml', '-f', 'json', '--now', '2026-11-25'], true);
    const said = progress.filter((text) => text.includes('api-review:')).map((text) => /api-review: (\w+)/.exec(text)?.[1]);
    expect([...new Set(said)]).toEqual(steps);
    expect(progress.at(-1)).toBe('\r\u001b[K');
    expect(out).not.toContain('api-review:');
  });

  it.each([
    { name: 'with --quiet', extra: ['--quiet'], isTTY: true },
    { name: 'off a terminal', extra: [], isTTY: false },
  ])('review $name writes no progress', async ({ extra, isTTY }) => {
    const { progress } = await run(['review', 'examples/orders-v1.yaml', 'examples/orders-v2.yaml', '-f', 'json', '--now', '2026-11-25', ...extra], isTTY);
    expect(progress).toEqual([]);
  });
});
