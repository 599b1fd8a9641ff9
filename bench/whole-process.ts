// The whole-process figures: each command a user runs, timed from start to exit in its own
// process, beside its yardstick measured in the same run (`node -e 0`, a bare `JSON.parse` of
// both files, the Spectral CLI's and Redocly's lint of the head). Machine load changes every
// absolute figure; the ratios of runs made side by side are what the targets compare.
// Needs the built CLI (`npm run build`): the product runs `dist/cli.js`, not tsx.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { largeSpec } from './large-spec.js';

export interface ProcessRun {
  name: string;
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  /** Why the yardstick could not run (Redocly fetched on demand, offline). */
  skipped?: string;
}

export interface WholeProcessFigures {
  loadAverage: number[];
  runs: ProcessRun[];
  ratios: Record<string, number | null>;
}

const productFlags = ['--max-semi-space-size=128'];

/** One command under `/usr/bin/time`: wall, user + system CPU, peak resident memory. */
export function timeProcess(name: string, command: string, args: string[], options: { acceptExitCodes?: number[] } = {}): ProcessRun {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', 'cpu=%U+%S maxrss=%M', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wallMs = performance.now() - started;
  const stderr = result.stderr ?? '';
  // Exit code 1 of a linter or a review means "findings": the run itself completed.
  if (result.status !== 0 && !(options.acceptExitCodes ?? [1]).includes(result.status ?? -1)) {
    return { name, wallMs: 0, cpuMs: 0, maxRssMb: 0, skipped: `exit ${String(result.status)}: ${stderr.trim().split('\n').slice(-3).join(' ')}` };
  }
  const cpu = /cpu=([\d.]+)\+([\d.]+)/.exec(stderr);
  const rssKb = Number(/maxrss=(\d+)/.exec(stderr)?.[1] ?? 0);
  return { name, wallMs, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : 0, maxRssMb: rssKb / 1024 };
}

/** Two ten-line descriptions, one operation removed: the pre-commit hook's typical diff. */
function tinyPair(): { base: string; head: string } {
  const folder = mkdtempSync(join(tmpdir(), 'api-review-bench-tiny-'));
  const spec = (operations: object): string => JSON.stringify({ openapi: '3.0.3', info: { title: 'Tiny', version: '1' }, paths: { '/a': operations } }, null, 1);
  const base = join(folder, 'base.json');
  const head = join(folder, 'head.json');
  writeFileSync(base, spec({ get: { responses: { '200': { description: 'ok' } } }, delete: { responses: { '204': { description: 'gone' } } } }));
  writeFileSync(head, spec({ get: { responses: { '200': { description: 'ok' } } } }));
  return { base, head };
}

/** Two versions of a 20,000-operation description (bench/large-spec.ts), one operation changed. */
function largePair(operations: number): { base: string; head: string } {
  const folder = mkdtempSync(join(tmpdir(), 'api-review-bench-large-'));
  const base = join(folder, 'base.json');
  const head = join(folder, 'head.json');
  writeFileSync(base, JSON.stringify(largeSpec(operations, 'base')));
  writeFileSync(head, JSON.stringify(largeSpec(operations, 'head')));
  return { base, head };
}

export function wholeProcessFigures(pair: { base: string; head: string }): WholeProcessFigures {
  const cli = join('dist', 'cli.js');
  if (!existsSync(cli)) throw new Error('the whole-process figures run the built CLI: run `npm run build` first');
  const node = process.execPath;
  const tiny = tinyPair();
  const large = largePair(20_000);
  const jsonParse = `const f=require('fs');JSON.parse(f.readFileSync(${JSON.stringify(pair.base)},'utf8'));JSON.parse(f.readFileSync(${JSON.stringify(pair.head)},'utf8'))`;
  const loadBefore = loadavg();
  const runs: ProcessRun[] = [
    timeProcess('node -e 0', node, ['-e', '0']),
    timeProcess('api-review --version', node, [...productFlags, cli, '--version']),
    timeProcess('api-review diff (tiny pair)', node, [...productFlags, cli, 'diff', tiny.base, tiny.head, '-f', 'json'], { acceptExitCodes: [1] }),
    timeProcess('JSON.parse of both files', node, ['-e', jsonParse]),
    timeProcess('api-review diff (github)', node, [...productFlags, cli, 'diff', pair.base, pair.head, '-f', 'json']),
    timeProcess('api-review review (github)', node, [...productFlags, cli, 'review', pair.base, pair.head, '-f', 'json']),
    // The largest public APIs must pass the default limits (no config file is read here).
    timeProcess('api-review review (20,000 operations, default limits)', node, [...productFlags, cli, 'review', large.base, large.head, '-f', 'json']),
    timeProcess('Spectral CLI lint of the head', node, [join('node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js'), 'lint', '-r', 'bench/spectral-oas.yaml', '-f', 'json', '-o', '/dev/null', pair.head]),
    redoclyLint(pair.head),
  ];
  const wall = (name: string): number | undefined => {
    const run = runs.find((candidate) => candidate.name === name);
    return run && !run.skipped ? run.wallMs : undefined;
  };
  const ratio = (a?: number, b?: number): number | null => (a !== undefined && b !== undefined && b > 0 ? a / b : null);
  return {
    loadAverage: [...loadBefore, ...loadavg()],
    runs,
    ratios: {
      versionOverNode: ratio(wall('api-review --version'), wall('node -e 0')),
      tinyDiffOverNode: ratio(wall('api-review diff (tiny pair)'), wall('node -e 0')),
      githubDiffOverJsonParse: ratio(wall('api-review diff (github)'), wall('JSON.parse of both files')),
      reviewOverSpectralCli: ratio(wall('api-review review (github)'), wall('Spectral CLI lint of the head')),
      reviewOverRedocly: ratio(wall('api-review review (github)'), wall('Redocly CLI lint of the head')),
    },
  };
}

/**
 * Redocly's CLI 2.x linting the head, fetched on demand by npm (never a dependency of ours).
 * Without the registry it is skipped with the reason. Its install is warmed by one `--version`
 * first, so that the timed run is the lint alone.
 */
function redoclyLint(head: string): ProcessRun {
  const name = 'Redocly CLI lint of the head';
  const npmExec = ['exec', '--yes', '--package=@redocly/cli@2', '--', 'redocly'];
  try {
    execFileSync('npm', [...npmExec, '--version'], { stdio: 'ignore', timeout: 300_000 });
  } catch (error) {
    return { name, wallMs: 0, cpuMs: 0, maxRssMb: 0, skipped: `@redocly/cli@2 is not available (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
  return timeProcess(name, 'npm', [...npmExec, 'lint', '--format', 'json', head]);
}
