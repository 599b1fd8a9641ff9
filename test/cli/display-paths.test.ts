// Inputs outside the working directory keep their folders in what the CLI prints, so two files
// named alike are told apart; each input stays rooted at its own folder for reading.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli-captured.js';

let base: string;
let head: string;

beforeAll(() => {
  const outside = mkdtempSync(join(tmpdir(), 'api-review-display-'));
  mkdirSync(join(outside, 'a'));
  mkdirSync(join(outside, 'b'));
  copyFileSync('examples/orders-v1.yaml', join(outside, 'a', 'openapi.yaml'));
  copyFileSync('examples/orders-v2.yaml', join(outside, 'b', 'openapi.yaml'));
  base = relative(process.cwd(), join(outside, 'a', 'openapi.yaml'));
  head = relative(process.cwd(), join(outside, 'b', 'openapi.yaml'));
});

interface SarifResult {
  ruleId: string;
  locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
}

function sarifUris(out: string): Map<string, string> {
  const results = (JSON.parse(out) as { runs: { results: SarifResult[] }[] }).runs[0]?.results ?? [];
  return new Map(results.map((result) => [result.ruleId, result.locations[0]?.physicalLocation.artifactLocation.uri ?? '']));
}

const line = (out: string, id: string): string => out.split('\n').find((text) => text.includes(id)) ?? '';

describe('paths outside the working directory in CLI output', () => {
  it('diff Markdown names each side with its folder', async () => {
    const { out } = await cli('diff', base, head, '--now', '2026-11-25');
    expect(line(out, 'api-removed-without-deprecation')).toContain(`(base:${base}:`);
    expect(line(out, 'request-parameter-became-required')).toContain(`(${head}:`);
  });

  it.each(['diff', 'review'])('%s SARIF points at each side with its folder', async (command) => {
    const { out } = await cli(command, base, head, '--format', 'sarif', '--now', '2026-11-25');
    const uris = sarifUris(out);
    expect(uris.get('api-removed-without-deprecation')).toBe(base);
    expect(uris.get('request-parameter-became-required')).toBe(head);
  });

  it('diff github-actions annotates the file with its folder', async () => {
    const { out } = await cli('diff', base, head, '--format', 'github-actions', '--now', '2026-11-25');
    expect(line(out, 'request-parameter-became-required')).toContain(`file=${head.replace(/:/g, '%3A')},`);
    expect(line(out, 'api-removed-without-deprecation')).toContain(`file=${base.replace(/:/g, '%3A')},`);
  });

  it('review Markdown prints locations with their folder', async () => {
    const { out } = await cli('review', base, head, '--now', '2026-11-25');
    expect(out).toContain(head);
    expect(out).toContain(base);
  });

  it('lint text names the file with its folder', async () => {
    const { out } = await cli('lint', head);
    expect(out.trim().split('\n')[0]).toMatch(new RegExp(`^${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+`));
  });

  it('JSON keeps the paths of its contract (relative to each input folder)', async () => {
    const { out } = await cli('diff', base, head, '--format', 'json', '--now', '2026-11-25');
    const files = new Set((JSON.parse(out) as { changes: { source: { file: string } }[] }).changes.map((change) => change.source.file));
    expect([...files]).toEqual(['openapi.yaml']);
  });

  it('a $ref that climbs out of an input folder is still refused', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'api-review-climb-'));
    mkdirSync(join(outside, 'x', 'y'), { recursive: true });
    writeFileSync(join(outside, 'secret.yaml'), 'type: string\ndescription: SECRET-CONTENT\n');
    const spec = (ref: string) =>
      `openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /pets:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '${ref}'}\n`;
    writeFileSync(join(outside, 'x', 'y', 'v1.yaml'), spec('#/components/schemas/None'));
    writeFileSync(join(outside, 'x', 'y', 'v2.yaml'), spec('../../secret.yaml'));
    const run = await cli('diff', relative(process.cwd(), join(outside, 'x', 'y', 'v1.yaml')), relative(process.cwd(), join(outside, 'x', 'y', 'v2.yaml')), '--format', 'markdown');
    expect(`${run.out}${run.err}`).not.toContain('SECRET-CONTENT');
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/\.\./);
  });
});

describe('changelog with inputs outside the working directory', () => {
  it('Markdown names the file with its folder', async () => {
    const { out } = await cli('changelog', base, head, '--now', '2026-11-25');
    expect(out).toContain(head);
  });
});
