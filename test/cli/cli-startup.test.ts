// Start-up cost: `--version` and `--help` must not load the commands' heavy dependencies.
// Checked in a fresh process, since this test process has long loaded them all.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const heavy = /node_modules\/(@stoplight|probot|@octokit|openai)\//;

/**
 * Every module the main thread loaded while running `argv`: CommonJS from the require cache, ES
 * modules through a loader hook (graphql and graphql-inspector are ES modules, absent from the
 * cache).
 */
function modulesLoadedBy(argv: string[]): string[] {
  const script = `
    const { createRequire, register } = await import('node:module');
    const { MessageChannel } = await import('node:worker_threads');
    const { port1, port2 } = new MessageChannel();
    const esm = [];
    port1.on('message', (url) => esm.push(url));
    port1.unref();
    register(${JSON.stringify(esmRecorder)}, { data: { port: port2 }, transferList: [port2] });
    const { runCli } = await import('./src/cli.ts');
    const silent = { out() {}, err() {} };
    await runCli(${JSON.stringify(argv)}, silent);
    await new Promise((resolve) => setImmediate(resolve));
    const loaded = [...Object.keys(createRequire(import.meta.url).cache), ...esm];
    process.stdout.write(JSON.stringify(loaded));
  `;
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  return JSON.parse(stdout) as string[];
}

/** A loader hook (its own module, as `register` requires) that reports each ES module it loads. */
const esmRecorder = `data:text/javascript,${encodeURIComponent(`
  let port;
  export function initialize(data) { port = data.port; }
  export async function load(url, context, next) { port.postMessage(url); return next(url, context); }
`)}`;

describe('CLI start-up', () => {
  it.each([[['--version']], [['--help']], [['no-such-command']]])('%j loads no heavy dependency', (argv) => {
    const loaded = modulesLoadedBy(argv);
    expect(loaded.filter((path) => heavy.test(path))).toEqual([]);
  });

  it('diff lints nothing, so it loads no Spectral engine, Probot, openai, Swagger 2.0 converter or GraphQL engine', () => {
    const loaded = modulesLoadedBy(['diff', 'examples/orders-v1.yaml', 'examples/orders-v2.yaml']);
    const engines = /node_modules\/(@stoplight\/spectral-(core|rulesets|functions)|probot|@octokit|openai|swagger2openapi|graphql|@graphql-inspector)\//;
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

  it('sees ES modules too (the GraphQL check above can fail): zod, which the config needs, is loaded as one', () => {
    const loaded = modulesLoadedBy(['diff', 'examples/orders-v1.yaml', 'examples/orders-v2.yaml']);
    expect(loaded.some((url) => url.startsWith('file:') && url.includes('node_modules/zod/'))).toBe(true);
  });

  it('a command still loads what it needs (the check above can fail)', () => {
    // `explain` reads rule metadata on the main thread (review, diff and lint lint on a worker).
    const loaded = modulesLoadedBy(['explain', 'api-paths-kebab-case']);
    expect(loaded.some((path) => path.includes('node_modules/@stoplight/spectral-core/'))).toBe(true);
  });
});
