// Start-up cost: `--version` and `--help` must not load the commands' heavy dependencies.
// Checked in a fresh process, since this test process has long loaded them all.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const heavy = /node_modules\/(@stoplight|probot|@octokit|openai)\//;

function modulesLoadedBy(argv: string[]): string[] {
  const script = `
    const { createRequire } = await import('node:module');
    const { runCli } = await import('./src/cli.ts');
    const silent = { out() {}, err() {} };
    await runCli(${JSON.stringify(argv)}, silent);
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    process.stdout.write(JSON.stringify(loaded));
  `;
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  return JSON.parse(stdout) as string[];
}

describe('CLI start-up', () => {
  it.each([[['--version']], [['--help']], [['no-such-command']]])('%j loads no heavy dependency', (argv) => {
    const loaded = modulesLoadedBy(argv);
    expect(loaded.filter((path) => heavy.test(path))).toEqual([]);
  });

  it('diff lints nothing, so it loads no Spectral engine, Probot, openai or Swagger 2.0 converter', () => {
    const loaded = modulesLoadedBy(['diff', 'examples/orders-v1.yaml', 'examples/orders-v2.yaml']);
    const engines = /node_modules\/(@stoplight\/spectral-(core|rulesets|functions)|probot|@octokit|openai|swagger2openapi)\//;
    expect(loaded.filter((path) => engines.test(path))).toEqual([]);
  });

  it('diff of JSON descriptions loads no YAML parser and no positioned JSON parser', () => {
    const folder = mkdtempSync(join(tmpdir(), 'api-review-startup-'));
    const spec = (operations: object): string => JSON.stringify({ openapi: '3.0.3', info: { title: 'T', version: '1' }, paths: { '/a': operations } }, null, 2);
    writeFileSync(join(folder, 'base.json'), spec({ get: { responses: { '200': { description: 'ok' } } }, delete: { responses: { '204': { description: 'gone' } } } }));
    writeFileSync(join(folder, 'head.json'), spec({ get: { responses: { '200': { description: 'ok' } } } }));
    const loaded = modulesLoadedBy(['diff', join(folder, 'base.json'), join(folder, 'head.json')]);
    rmSync(folder, { recursive: true, force: true });
    const parsers = /node_modules\/(@stoplight\/(spectral-parsers|json|yaml|yaml-ast-parser)|yaml|jsonc-parser)\//;
    expect(loaded.filter((path) => parsers.test(path))).toEqual([]);
  });

  it('a command still loads what it needs (the check above can fail)', () => {
    // `explain` reads rule metadata on the main thread (review, diff and lint lint on a worker).
    const loaded = modulesLoadedBy(['explain', 'api-paths-kebab-case']);
    expect(loaded.some((path) => path.includes('node_modules/@stoplight/spectral-core/'))).toBe(true);
  });
});
