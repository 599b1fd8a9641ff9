// `review` and `lint` on a spec whose pattern backtracks for hours (a lookahead, outside V8's
// linear engine) end at limits.seconds_per_review with exit code 2 and the limit named.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import type { Output } from '../../src/cli/cli-output.js';

const folder = mkdtempSync(join(tmpdir(), 'api-review-pinned-'));
const config = join(folder, 'budget.yml');
writeFileSync(config, 'limits:\n  seconds_per_review: 4\n');
const redos = fileURLToPath(new URL('../fixtures/hostile/redos-lookahead.yaml', import.meta.url));
const base = fileURLToPath(new URL('../fixtures/hostile/base.yaml', import.meta.url));

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a pinned analysis on the command line', () => {
  it.each([
    { command: 'review', args: ['review', base, redos] },
    { command: 'lint', args: ['lint', redos] },
  ])('$command stops at the budget', async ({ args }) => {
    let err = '';
    const output: Output = { out: () => undefined, err: (text) => (err += text) };
    const started = Date.now();
    const code = await runCli([...args, '--config', config], output);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(code).toBe(2);
    expect(err).toContain('the review took longer than 4 seconds (limits.seconds_per_review)');
  });
});
