// Our lint runs Spectral in-process over the loader's parse and an in-memory `$ref` resolver;
// this checks it finds exactly what the Spectral CLI finds on the same files from disk.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { hasSharedMaterial, sharedPath } from '../shared-material.js';
import { lintSpec } from '../../src/lint/lint-spec.js';
import { loadRuleset } from '../../src/lint/load-ruleset.js';
import { loadSpec } from '../../src/specs/load-spec.js';
import { localFolderSource } from '../../src/specs/local-folder-source.js';
import { memorySource } from '../../src/specs/memory-source.js';

const CLI = resolve('node_modules/@stoplight/spectral-cli/dist/index.js');
const CORPUS = sharedPath('corpus');
const RULESET = 'extends: spectral:oas\n';

interface CliResult {
  code: string | number;
  path: (string | number)[];
  source?: string;
  range: { start: { line: number } };
}

const cases = [
  { name: 'tiny multi-file fixture', file: resolve('test/fixtures/lint/parity-tiny.yaml') },
  { name: 'Twilio (JSON)', file: join(CORPUS, 'single/twilio.json') },
  { name: 'Asana (JSON)', file: join(CORPUS, 'single/asana.json') },
  // About 35 s on a quiet machine (most of it the CLI), several minutes on a busy one: run with
  // API_REVIEW_SLOW_TESTS=1.
  ...(process.env.API_REVIEW_SLOW_TESTS === '1'
    ? [{ name: 'DigitalOcean (YAML, 2,460 files)', file: join(CORPUS, 'digitalocean/head/DigitalOcean-public.v2.yaml'), timeout: 900_000 }]
    : []),
];

describe.each(cases)('Spectral parity: $name', ({ name, file, timeout = 180_000 }) => {
  it.skipIf(!hasSharedMaterial(file, `Spectral parity: ${name}`))('finds the same (file, code, path, line) as the Spectral CLI', { timeout }, async () => {
    const folder = dirname(file);
    const [ours, theirs] = await Promise.all([lintOurs(folder, relative(folder, file)), lintWithCli(file, folder)]);
    expect(theirs.length).toBeGreaterThan(0);
    expect(ours).toEqual(theirs);
  });
});

async function lintOurs(folder: string, root: string): Promise<string[]> {
  const spec = await loadSpec(localFolderSource(folder), root, { limits: { files: 5000 } });
  const load = await loadRuleset({ kind: 'file', source: memorySource({ 'oas.yaml': RULESET }), path: 'oas.yaml' });
  if (!load.ok) throw new Error(JSON.stringify(load.problems));
  const findings = await lintSpec(spec, load.ruleset);
  return keys(findings.map((finding) => [finding.source.file, finding.code, finding.path, finding.source.line]));
}

async function lintWithCli(file: string, folder: string): Promise<string[]> {
  const work = await mkdtemp(join(tmpdir(), 'spectral-parity-'));
  const ruleset = join(work, 'ruleset.yaml');
  const output = join(work, 'results.json');
  await writeFile(ruleset, RULESET);
  // The CLI exits with 1 when it finds errors; the results file is what counts.
  await promisify(execFile)(process.execPath, [CLI, 'lint', '-q', '-f', 'json', '-r', ruleset, '-o', output, file]).catch(() => undefined);
  const results = JSON.parse(await readFile(output, 'utf8')) as CliResult[];
  return keys(
    results.map((result) => [
      relative(folder, result.source ?? file).split('\\').join('/'),
      String(result.code),
      result.path,
      result.range.start.line + 1,
    ]),
  );
}

function keys(rows: (string | number | readonly (string | number)[])[][]): string[] {
  return [...new Set(rows.map((row) => JSON.stringify(row)))].sort();
}
