// The npm package as users get it: `npm pack` must ship the built CLI with the rules, templates and
// prompts it reads at run time, and nothing from the sources or the tests. The install check
// (`npm install -g` of the tarball into a temporary prefix, then the `api-review` bin on two specs)
// fetches the dependencies from the npm registry and takes about a minute, so it runs only with
// API_REVIEW_PACK_TESTS=1.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string): string => join(root, 'test/fixtures/webhooks/specs', name);
const work = mkdtempSync(join(tmpdir(), 'api-review-pack-'));
let tarball: string;
let packed: string[];

beforeAll(async () => {
  await run('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root });
  // --ignore-scripts: the build above is what `prepack` would run.
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root });
  const [entry] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  if (!entry) throw new Error(`npm pack printed no package: ${stdout}`);
  tarball = join(work, entry.filename);
  packed = entry.files.map((file) => file.path);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack', () => {
  it.each(['dist/cli.js', 'dist/server/start-server.js', 'dist/app.js', 'rules/api-guidelines.yaml', 'templates/review-comment.hbs', 'app.yml', 'package.json', 'README.md'])('ships %s', (path) => {
    expect(packed).toContain(path);
  });

  it('ships no sources, tests or local settings', () => {
    expect(packed.filter((path) => /^(src|test|bench|scripts)\/|^\.env|\.test\.js$|tsconfig/.test(path))).toEqual([]);
  });
});

describe.runIf(process.env.API_REVIEW_PACK_TESTS === '1')('the installed package', () => {
  it('runs `api-review` from a global install of the tarball', { timeout: 300_000 }, async () => {
    const prefix = join(work, 'prefix');
    await run('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: work });
    const bin = join(prefix, 'bin', 'api-review');
    const help = await run(bin, ['--help'], { cwd: work });
    expect(help.stdout).toContain('api-review review BASE HEAD');
    // A breaking change: the review reads the shipped rules and templates, and exits 1.
    const review = await run(bin, ['review', fixture('pets-v1.yaml'), fixture('pets-v2-breaking.yaml')], { cwd: work }).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(review.code).toBe(1);
    expect(review.stdout).toContain('API Review: 2 breaking changes');
  });
});
