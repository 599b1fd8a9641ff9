// Where findings point, as the CLI prints them: removals at the base file and say so; every
// location has a line and a column; SARIF carries the column, the side and a fingerprint.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli-captured.js';

const v1 = 'examples/orders-v1.yaml';
const v2 = 'examples/orders-v2.yaml';

interface SarifResult {
  ruleId: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn?: number } }; properties: { side: string } }[];
  partialFingerprints: Record<string, string>;
}

function results(out: string): SarifResult[] {
  return (JSON.parse(out) as { runs: { results: SarifResult[] }[] }).runs[0]?.results ?? [];
}

describe('locations in the CLI output', () => {
  it('diff Markdown prints a removal as a base location, with line and column', async () => {
    const { out } = await cli('diff', v1, v2, '--now', '2026-11-25');
    const removal = out.split('\n').find((line) => line.includes('api-removed-without-deprecation'));
    expect(removal).toMatch(/\(base:examples\/orders-v1\.yaml:\d+:\d+\)$/);
    const added = out.split('\n').find((line) => line.includes('request-parameter-became-required'));
    expect(added).toMatch(/\(examples\/orders-v2\.yaml:\d+:\d+\)$/);
  });

  it.each([
    ['review', 'review'],
    ['diff', 'diff'],
  ])('%s SARIF: the base artifact for a removal, startColumn, and a fingerprint', async (_name, command) => {
    const { out } = await cli(command, v1, v2, '--format', 'sarif', '--now', '2026-11-25');
    const all = results(out);
    const removal = all.find((result) => result.ruleId === 'api-removed-without-deprecation');
    expect(removal?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(v1);
    expect(removal?.locations[0]?.properties.side).toBe('base');
    expect(removal?.message.text).toContain('(in the base version)');
    const required = all.find((result) => result.ruleId === 'request-parameter-became-required');
    expect(required?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(v2);
    expect(required?.locations[0]?.properties.side).toBe('head');
    for (const result of all) {
      expect(result.locations[0]?.physicalLocation.region.startColumn).toBeGreaterThan(0);
      expect(result.partialFingerprints['apiReviewFingerprint/v1']).toMatch(/^[0-9a-f]{16}$/);
    }
    expect(new Set(all.map((result) => result.partialFingerprints['apiReviewFingerprint/v1'])).size).toBe(all.length);
  });

  it('a removal the check reads in the head (an enum value) is printed at the head, not as base', async () => {
    const folder = relative(process.cwd(), mkdtempSync(join(tmpdir(), 'api-review-side-')));
    const spec = (values: string) =>
      `openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /pets:\n    get:\n      parameters:\n        - {name: status, in: query, schema: {type: string, enum: [${values}]}}\n      responses:\n        '200': {description: ok}\n`;
    writeFileSync(join(folder, 'v1.yaml'), spec('a, b'));
    writeFileSync(join(folder, 'v2.yaml'), spec('a'));
    const { out } = await cli('diff', join(folder, 'v1.yaml'), join(folder, 'v2.yaml'), '--format', 'markdown');
    const removal = out.split('\n').find((line) => line.includes('request-parameter-enum-value-removed'));
    expect(removal).toMatch(/\((?!base:)[^()]*v2\.yaml:7:\d+\)$/);
  });

  it('lint text prints file:line:column', async () => {
    const { out } = await cli('lint', v2);
    expect(out.split('\n')[0]).toMatch(/^examples\/orders-v2\.yaml:\d+:\d+ (error|warning|info|hint) /);
  });
});
