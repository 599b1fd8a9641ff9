// The first line of a review is what people read: a base that does not parse compared nothing,
// so the headline must not say "No breaking changes" under a green tick.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import type { Output } from '../../src/cli/cli-output.js';

describe('api-review review headline', () => {
  it('a base that does not parse: a warning headline naming it, exit 2', async () => {
    let out = '';
    let err = '';
    const output: Output = { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) };
    const code = await runCli(['review', 'test/fixtures/cli/unparsable-base.yaml', 'examples/orders-v1.yaml'], output);
    // Every lint finding counts as new without a base: they follow as warnings.
    expect(out.split('\n')[1]).toMatch(/^## ⚠️ API Review: 1 spec not compared: its base version does not parse · \d+ warnings$/);
    expect(out).not.toContain('No breaking changes');
    expect(err).toContain('test/fixtures/cli/unparsable-base.yaml:');
    expect(code).toBe(2);
  });
});
