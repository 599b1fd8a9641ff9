// `--format junit` for diff and lint: what a CI system (GitLab, Jenkins) reads as a test report.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli-captured.js';

const v1 = 'test/fixtures/cli/junit-v1.yaml';
const v2 = 'test/fixtures/cli/junit-v2.yaml';

// Read by eye when it changes: UPDATE_GOLDEN=1 npx vitest run test/cli/junit-format.test.ts
function golden(name: string, text: string): string {
  const url = new URL(`./golden/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN) writeFileSync(url, text);
  return readFileSync(url, 'utf8');
}

const count = (xml: string, tag: string): number => xml.split(`<${tag}`).length - 1;

describe('diff --format junit', () => {
  it('matches the golden report: one suite per spec, a failure per breaking change', async () => {
    const { out, code } = await cli('diff', v1, v2, '--format', 'junit', '--now', '2026-11-25');
    expect(code).toBe(0);
    expect(out).toBe(golden('diff.junit.xml', out));
  });

  it.each([
    { failOn: 'none', failures: 2, code: 0 },
    { failOn: 'error', failures: 2, code: 1 },
    { failOn: 'info', failures: 4, code: 1 },
  ])('--fail-on $failOn marks $failures failures (exit $code)', async ({ failOn, failures, code }) => {
    const run = await cli('diff', v1, v2, '--format', 'junit', '--fail-on', failOn, '--now', '2026-11-25');
    expect(count(run.out, 'failure ')).toBe(failures);
    expect(run.code).toBe(code);
  });

  it('escapes hostile spec text, control characters included', async () => {
    const folder = relative(process.cwd(), mkdtempSync(join(tmpdir(), 'api-review-junit-')));
    const spec = (required: boolean) =>
      `openapi: 3.0.3\ninfo: {title: T, version: "1"}\npaths:\n  /pets:\n    get:\n      parameters:\n        - {name: "q<x>&\\"y\\x01\\x1b]]>z", in: query, required: ${required}, schema: {type: string}}\n      responses:\n        "200": {description: ok}\n`;
    writeFileSync(join(folder, 'v1.yaml'), spec(false));
    writeFileSync(join(folder, 'v2.yaml'), spec(true));
    const { out } = await cli('diff', join(folder, 'v1.yaml'), join(folder, 'v2.yaml'), '--format', 'junit');
    expect(out).toContain('q&lt;x&gt;&amp;&quot;y\uFFFD\uFFFD]]&gt;z');
    const forbidden = [...out].filter((character) => character < ' ' && !'\t\n\r'.includes(character));
    expect(forbidden).toEqual([]);
    expect(out).not.toContain('<x>');
  });
});

describe('lint --format junit', () => {
  it('one suite for the spec; warnings fail from --fail-on warning, only errors by default', async () => {
    const byDefault = await cli('lint', v2, '--format', 'junit');
    const onWarning = await cli('lint', v2, '--format', 'junit', '--fail-on', 'warning');
    expect(count(byDefault.out, 'testsuite ')).toBe(1);
    expect(byDefault.out).toContain(`<testsuite name="${v2}"`);
    const cases = count(byDefault.out, 'testcase ');
    const errors = count(byDefault.out, 'failure ');
    expect(errors).toBeGreaterThan(0);
    expect(errors).toBeLessThan(cases);
    expect(count(onWarning.out, 'failure ')).toBe(cases);
    expect(byDefault.code).toBe(0);
    expect(onWarning.code).toBe(1);
  });

  it('writes the report to -o FILE', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'api-review-junit-o-')), 'lint.xml');
    await cli('lint', v2, '--format', 'junit', '-o', file);
    expect(readFileSync(file, 'utf8')).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="api-review lint"/);
  });
});
