// `npm run bench`: wall time (median of several runs) and peak memory of each pipeline stage on
// every corpus pair, each stage in its own process; the Spectral CLI's lint of the GitHub head
// for the ratio; the GitHub API calls of a review against the recording fake. Prints a table;
// writes bench/results/latest.json. BENCH_RUNS (default 3), BENCH_PAIRS (names, comma
// separated), BENCH_STAGES (empty: none) and BENCH_SKIP_CLI=1 narrow a run. Then the
// whole-process figures of the built CLI against node, JSON.parse, the Spectral CLI and Redocly
// (whole-process.ts; BENCH_SKIP_WHOLE=1 skips them). Then a pull request touching 50 of the 300
// specs of a monorepo, with 1 worker and with the default pool (monorepo.ts; BENCH_SKIP_MONOREPO=1
// skips it).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { corpusFolder, corpusPairs, type CorpusPair } from './corpus-pairs.js';
import { monorepoFigures, monorepoLines } from './monorepo.js';
import { wholeProcessFigures, type WholeProcessFigures } from './whole-process.js';

interface Measurement {
  stage: string;
  pair: string;
  runs: number[];
  maxRssMb: number;
}
type Result = Measurement & { medianMs: number };

const allStages = ['json-parse', 'parse', 'lint-head-oas', 'lint-review', 'diff', 'render', 'review', 'review-oas', 'review-warm'];
const stages = process.env.BENCH_STAGES?.split(',').filter((stage) => stage !== '') ?? allStages;
const runs = Number(process.env.BENCH_RUNS ?? 3);
const only = process.env.BENCH_PAIRS?.split(',');
const pairs = corpusPairs().filter((pair) => !only || only.includes(pair.name));
if (pairs.length === 0) {
  console.error(`no corpus pairs found in ${corpusFolder()} (set API_REVIEW_CORPUS or --corpus=DIR)`);
  process.exit(2);
}
const nodeEnv = { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' };
// Every stage runs with the V8 settings `npm start`, the Docker image and the `api-review` binary use.
const productFlags = ['--max-semi-space-size=128'];

const results: Result[] = [];
for (const pair of pairs) {
  for (const stage of stages) {
    if (stage === 'json-parse' && !pair.headPath.endsWith('.json')) continue;
    const output = execFileSync(process.execPath, [...productFlags, '--import', 'tsx', 'bench/measure-stage.ts', stage, pair.name, String(runs), `--corpus=${corpusFolder()}`], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: nodeEnv,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const measurement = JSON.parse(output.trim().split('\n').pop() as string) as Measurement;
    record({ ...measurement, medianMs: median(measurement.runs) });
  }
}

const github = pairs.find((pair) => pair.name === 'github');
if (github && process.env.BENCH_SKIP_CLI !== '1') record(spectralCli(github));
const calls = githubCalls();
console.log(`GitHub API calls: single-spec pull request ${calls.singleSpecPullRequest.calls}, push touching no spec ${calls.noSpecPush.calls}`);

const whole = github && process.env.BENCH_SKIP_WHOLE !== '1' ? wholeProcessFigures({ base: join(github.baseFolder, github.basePath), head: join(github.headFolder, github.headPath) }) : undefined;
if (whole) printWholeProcess(whole);

const monorepo = process.env.BENCH_SKIP_MONOREPO === '1' ? undefined : monorepoFigures();
if (monorepo) for (const line of monorepoLines(monorepo)) console.log(line);

const summary = targets(results, calls);
for (const line of summary.lines) console.log(line);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify({ machine: machineFacts(), runs, results, githubCalls: calls, targets: summary.values, wholeProcess: whole, monorepo }, null, 2));

function printWholeProcess(figures: WholeProcessFigures): void {
  console.log(`whole process (load average before ${figures.loadAverage.slice(0, 3).map((value) => value.toFixed(1)).join(' ')}, after ${figures.loadAverage.slice(3).map((value) => value.toFixed(1)).join(' ')}):`);
  for (const run of figures.runs) {
    const figure = run.skipped ? `skipped: ${run.skipped}` : `${run.wallMs.toFixed(0).padStart(8)} ms wall ${run.cpuMs.toFixed(0).padStart(8)} ms CPU ${run.maxRssMb.toFixed(0).padStart(6)} MB`;
    console.log(`  ${run.name.padEnd(32)} ${figure}`);
  }
  const show = (value: number | null | undefined, target: string): string => (value === null || value === undefined ? 'not measured' : `${value.toFixed(2)} (target ${target})`);
  const { ratios } = figures;
  console.log(`  --version / node -e 0: ${show(ratios.versionOverNode, '<= 3')}; tiny diff / node -e 0: ${show(ratios.tinyDiffOverNode, '<= 6')}`);
  console.log(`  github diff / JSON.parse of both files: ${show(ratios.githubDiffOverJsonParse, '<= 10')}`);
  console.log(`  github review / Spectral CLI: ${show(ratios.reviewOverSpectralCli, '<= 0.12')}; / Redocly CLI: ${show(ratios.reviewOverRedocly, '<= 1.5')}`);
}

function record(result: Result): void {
  results.push(result);
  console.log(`${result.pair.padEnd(13)} ${result.stage.padEnd(14)} ${result.medianMs.toFixed(0).padStart(8)} ms  ${result.maxRssMb.toFixed(0).padStart(6)} MB`);
}

/** The Spectral CLI linting the head with spectral:oas, once (about a minute and a half): the yardstick. */
function spectralCli(pair: CorpusPair): Result {
  const cli = join('node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
  const file = join(pair.headFolder, pair.headPath);
  const started = performance.now();
  let stderr = '';
  try {
    execFileSync('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, cli, 'lint', '-r', 'bench/spectral-oas.yaml', '-f', 'json', '-o', '/dev/null', file], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (error) {
    // Exit code 1 means "findings at error severity": the run itself completed.
    stderr = String((error as { stderr?: unknown }).stderr ?? '');
  }
  const ms = performance.now() - started;
  const rssKb = Number(/maxrss=(\d+)/.exec(stderr)?.[1] ?? 0);
  return { stage: 'spectral-cli', pair: pair.name, runs: [ms], maxRssMb: rssKb / 1024, medianMs: ms };
}

interface CallCount {
  calls: number;
  requests: string[];
}

function githubCalls(): { singleSpecPullRequest: CallCount; noSpecPush: CallCount } {
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'bench/github-calls.ts'], { encoding: 'utf8', env: nodeEnv, stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(output.trim().split('\n').pop() as string) as { singleSpecPullRequest: CallCount; noSpecPush: CallCount };
}

/** The issue's targets, as ratios measured in this one run. */
function targets(all: Result[], counts: { singleSpecPullRequest: CallCount; noSpecPush: CallCount }): { lines: string[]; values: Record<string, number | boolean | null> } {
  const ms = (stage: string): number | undefined => all.find((result) => result.pair === 'github' && result.stage === stage)?.medianMs;
  const rss = (stage: string): number | undefined => all.find((result) => result.pair === 'github' && result.stage === stage)?.maxRssMb;
  const ratio = (a?: number, b?: number): number | null => (a !== undefined && b !== undefined && b > 0 ? a / b : null);
  const values = {
    reviewOverSpectralCli: ratio(ms('review'), ms('spectral-cli')),
    spectralOasReviewOverSpectralCli: ratio(ms('review-oas'), ms('spectral-cli')),
    warmReviewOverSpectralCli: ratio(ms('review-warm'), ms('spectral-cli')),
    reviewPeakRssMb: rss('review') ?? null,
    diffOverJsonParse: ratio(ms('diff'), ms('json-parse')),
    singleSpecPullRequestCalls: counts.singleSpecPullRequest.calls,
    noSpecPushCalls: counts.noSpecPush.calls,
  };
  const show = (value: number | null, target: string): string => (value === null ? 'not measured' : `${value.toFixed(2)} (target ${target})`);
  return {
    values,
    lines: [
      `github review / Spectral CLI lint of the head: ${show(values.reviewOverSpectralCli, '<= 0.25')}; with spectral:oas as the CLI ${show(values.spectralOasReviewOverSpectralCli, '<= 0.25')}; warm ${show(values.warmReviewOverSpectralCli, '<= 0.25')}`,
      `github review peak memory: ${values.reviewPeakRssMb === null ? 'not measured' : `${values.reviewPeakRssMb.toFixed(0)} MB (target < 1536)`}`,
      `github diff / JSON.parse of both files: ${show(values.diffOverJsonParse, '<= 10')}`,
      `GitHub API calls: ${values.singleSpecPullRequestCalls} (target <= 12), no-spec push ${values.noSpecPushCalls} (target <= 3)`,
    ],
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function machineFacts(): object {
  return { node: process.version, platform: process.platform, arch: process.arch, cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30) };
}
