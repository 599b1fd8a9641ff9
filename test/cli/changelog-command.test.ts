import { describe, expect, it } from 'vitest';
import { cli } from './run-cli-captured.js';


const v1 = 'examples/orders-v1.yaml';
const v2 = 'examples/orders-v2.yaml';

describe('api-review changelog', () => {
  it('prints the changelog as JSON, every breaking change of the review grouped by operation, and exits 0', async () => {
    const review = JSON.parse((await cli('review', v1, v2, '--format', 'json', '--now', '2026-11-25')).out) as { specs: { changes: { level: string; message: string }[] }[] };
    const { code, out } = await cli('changelog', v1, v2, '--format', 'json', '--now', '2026-11-25');
    expect(code).toBe(0);
    const changelog = JSON.parse(out) as { bump: string; operations: { breaking: { message: string }[] }[] };
    expect(changelog.bump).toBe('major');
    const breaking = review.specs.flatMap((spec) => spec.changes.filter((change) => change.level === 'error').map((change) => change.message));
    expect(breaking.length).toBeGreaterThan(0);
    expect(changelog.operations.flatMap((op) => op.breaking.map((entry) => entry.message)).sort()).toEqual(breaking.sort());
  });

  it.each([
    { format: 'markdown', starts: '# API changelog' },
    { format: 'html', starts: '<!DOCTYPE html>' },
  ])('prints $format', async ({ format, starts }) => {
    const { code, out } = await cli('changelog', v1, v2, '--format', format, '--now', '2026-11-25');
    expect(code).toBe(0);
    expect(out.startsWith(starts)).toBe(true);
  });

  it('refuses an unknown format with exit code 2', async () => {
    const { code, err } = await cli('changelog', v1, v2, '--format', 'sarif');
    expect(code).toBe(2);
    expect(err).toContain('changelog prints markdown, html, json');
  });
});
