// The built CLI is bundled (scripts/bundle-entries.mjs): it must print exactly what the sources
// print, for every command that runs on the analysis worker and for the ones reading templates,
// prompts or package.json by their place on disk. Built into its own folder beside `dist/`, at
// the same depth, so other tests building `dist/` at the same time cannot disturb it.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outdir = join(root, `.bundle-test-${process.pid}`);
const run = promisify(execFile);

beforeAll(async () => {
  await run('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', outdir], { cwd: root });
  await run(process.execPath, ['scripts/bundle-entries.mjs', outdir], { cwd: root });
}, 300_000);

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** The CLI run as a process, from `entry` with node's `flags`: its exit code and standard output. */
function runCli(flags: string[], entry: string, argv: string[]): Promise<{ code: number; out: string }> {
  return run(process.execPath, [...flags, entry, ...argv], { cwd: root, maxBuffer: 64 * 1024 * 1024 }).then(
    ({ stdout }) => ({ code: 0, out: stdout }),
    (error: { code?: number; stdout?: string }) => ({ code: error.code ?? -1, out: error.stdout ?? '' }),
  );
}

describe('the bundled CLI', () => {
  it('is bundled: the CLI and the worker entries import chunks, and the chunks sit in pipeline/', () => {
    expect(readdirSync(join(outdir, 'pipeline')).some((name) => name.startsWith('bundled-'))).toBe(true);
    expect(existsSync(join(outdir, 'pipeline', 'analysis-worker.js'))).toBe(true);
  });

  it.each([
    [['--version']],
    [['diff', 'examples/orders-v1.yaml', 'examples/orders-v2.yaml']],
    [['diff', 'examples/orders-v1.yaml', 'examples/orders-v2.yaml', '--format', 'sarif']],
    [['diff', 'examples/graphql/schema-v1.graphql', 'examples/graphql/schema-v2.graphql', '--format', 'json']],
    [['review', 'examples/orders-v1.yaml', 'examples/orders-v2.yaml', '--now', '2026-12-05T00:00:00Z']],
    [['lint', 'examples/orders-v2.yaml']],
    [['changelog', 'examples/orders-v1.yaml', 'examples/orders-v2.yaml', '--now', '2026-12-05T00:00:00Z']],
    [['explain', 'api-path-removed-without-deprecation']],
  ])('%j prints what the sources print', async (argv) => {
    const fromBundle = await runCli([], join(outdir, 'cli.js'), argv);
    const fromSources = await runCli(['--import', 'tsx'], join(root, 'src', 'cli.ts'), argv);
    expect(fromBundle.out.length).toBeGreaterThan(0);
    expect(fromBundle).toEqual(fromSources);
  });
});
