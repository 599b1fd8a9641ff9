// What a CI job without the App relies on: `--fail-on` decides the exit code of `diff` and
// `lint`, `-o` writes the result to a file, and `--format github-actions` prints annotations.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli-captured.js';
import { workflowCommand } from '../../src/render/workflow-commands.js';


const v1 = 'examples/orders-v1.yaml';
const v2 = 'examples/orders-v2.yaml';

describe('--fail-on', () => {
  // orders v1 -> v2 has breaking changes (error); orders v1 lints with warnings and no error.
  it.each([
    { argv: ['diff', v1, v2], code: 0 },
    { argv: ['diff', v1, v2, '--fail-on', 'none'], code: 0 },
    { argv: ['diff', v1, v2, '--fail-on', 'error'], code: 1 },
    { argv: ['diff', v1, v1, '--fail-on', 'info'], code: 0 },
    { argv: ['lint', v1, '--fail-on', 'error'], code: 0 },
    { argv: ['lint', v1, '--fail-on', 'warning'], code: 1 },
    { argv: ['lint', v1, '--fail-on', 'severe'], code: 2 },
  ])('$argv → exit $code', async ({ argv, code }) => {
    expect((await cli(...argv, '--now', '2026-11-25').catch(() => ({ code: -1 }))).code).toBe(code);
  });
});

describe('-o FILE', () => {
  it('writes the result to the file and nothing to standard output', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'api-review-')), 'diff.sarif');
    const { code, out } = await cli('diff', v1, v2, '--format', 'sarif', '-o', file, '--now', '2026-11-25');
    expect(code).toBe(0);
    expect(out).toBe('');
    expect((JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version).toBe('2.1.0');
  });
});

describe('--format github-actions', () => {
  it('prints one workflow annotation per change, a removal marked as in the base', async () => {
    const { out } = await cli('diff', v1, v2, '--format', 'github-actions', '--now', '2026-11-25');
    const lines = out.trim().split('\n');
    expect(lines.every((line) => /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=[^:]+::.+$/.test(line))).toBe(true);
    expect(lines.find((line) => line.includes('title=api-removed-without-deprecation'))).toMatch(
      /^::error file=examples\/orders-v1\.yaml,line=\d+,col=\d+,title=api-removed-without-deprecation::DELETE \/orders\/\{orderId\}: .* \(in the base version\)$/,
    );
  });

  it('lint prints warnings as annotations', async () => {
    const { out } = await cli('lint', v1, '--format', 'github-actions');
    expect(out.split('\n')[0]).toBe('::warning file=examples/orders-v1.yaml,line=2,col=6,title=info-contact::Info object must have "contact" object.');
  });

  it.each([
    { name: 'a newline cannot start a second command', message: 'a\n::error::forged', expected: '::notice file=a.yaml,line=1,title=t::a%0A::error::forged' },
    { name: 'a comma or colon in a file name stays in its property', message: 'm', file: 'x,y:z.yaml', expected: '::notice file=x%2Cy%3Az.yaml,line=1,title=t::m' },
    { name: 'a percent sign is escaped first', message: '100%0A', expected: '::notice file=a.yaml,line=1,title=t::100%250A' },
  ])('escapes hostile text: $name', ({ message, file, expected }) => {
    expect(workflowCommand({ level: 'notice', title: 't', message, source: { file: file ?? 'a.yaml', line: 1 } })).toBe(expected);
  });
});
