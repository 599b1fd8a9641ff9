// A pull request touching many specs of a monorepo (issue 22): 300 descriptions of 4 to 16
// operations, all `$ref`-ing one shared components file, 50 of them changed (every third one
// breaking). The App reviews it on the recording fake GitHub (Probot, nock, the real pipeline
// and worker pool), once cold (workers starting) and once warm; the figures are wall time, CPU
// of the whole process (worker threads included), peak RSS, blob fetches (and the most for one
// SHA, which must be 1) and changed specs reviewed per second — with 1 worker and with the
// default pool, each in its own process. BENCH_GITHUB_LATENCY_MS (default 0) delays every
// answer of the fake as GitHub's round trip would. `npx tsx bench/monorepo.ts` alone;
// `bench/run.ts` runs it too. Prints a table, then one JSON line.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import nock from 'nock';
import { analysisPoolOptions } from '../src/pipeline/analysis-pool.js';
import { monorepo } from '../test/fixtures/monorepo/monorepo-specs.js';
import { FakeGitHub } from '../test/github/fake-github.js';
import { nockGitHub } from '../test/github/github-nock.js';
import { loadedProbot } from '../test/github/probot-harness.js';
import { pullRequestEvent } from '../test/github/webhook-payloads.js';

export const monorepoShape = { count: 300, changed: 50 };

export interface MonorepoRun {
  /** `cold`: the first review of the process (workers start, Spectral loads); `warm`: the next. */
  run: 'cold' | 'warm';
  wallMs: number;
  cpuMs: number;
  blobFetches: number;
  mostFetchesOfOneBlob: number;
  specsPerSecond: number;
  conclusion: string;
}

export interface MonorepoMeasurement {
  workers: number;
  runs: MonorepoRun[];
  /** Peak resident memory of the whole process (main thread and workers). */
  maxRssMb: number;
}

export interface MonorepoFigures {
  shape: typeof monorepoShape;
  githubLatencyMs: number;
  loadAverage: number[];
  measurements: MonorepoMeasurement[];
}

/** One process: the App reviews the monorepo pull request twice. */
async function measure(): Promise<MonorepoMeasurement> {
  nock.disableNetConnect();
  const repo = monorepo({ ...monorepoShape, resources: (index) => 2 + (index % 7) });
  const fake = new FakeGitHub({ baseFiles: repo.baseFiles, headFiles: repo.headFiles });
  nockGitHub(fake, { latencyMs: githubLatencyMs() });
  const probot = await loadedProbot();
  const runs: MonorepoRun[] = [];
  for (const run of ['cold', 'warm'] as const) {
    const firstRequest = fake.requests.length;
    const cpu = process.cpuUsage();
    const started = performance.now();
    await probot.receive(pullRequestEvent(fake, 'opened'));
    const wallMs = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const blobs = fake.requests.slice(firstRequest).filter((request) => request.method === 'GET' && /\/git\/blobs\//.test(request.path));
    const perSha = new Map<string, number>();
    for (const request of blobs) perSha.set(request.path, (perSha.get(request.path) ?? 0) + 1);
    const conclusion = String(fake.find('PATCH', /\/check-runs\/\d+$/).at(-1)?.body?.conclusion);
    runs.push({
      run,
      wallMs,
      cpuMs: (used.user + used.system) / 1000,
      blobFetches: blobs.length,
      mostFetchesOfOneBlob: Math.max(0, ...perSha.values()),
      specsPerSecond: repo.changedSpecs.length / (wallMs / 1000),
      conclusion,
    });
  }
  nock.cleanAll();
  return { workers: analysisPoolOptions().size, runs, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

function githubLatencyMs(): number {
  return Number(process.env.BENCH_GITHUB_LATENCY_MS ?? 0);
}

/** Each pool size in its own process, so peak memory is that configuration's own. */
export function monorepoFigures(): MonorepoFigures {
  const loadBefore = loadavg();
  const measurements = [{ API_REVIEW_WORKERS: '1' }, {}].map((workers) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...workers };
    if (!('API_REVIEW_WORKERS' in workers)) delete env.API_REVIEW_WORKERS;
    const output = execFileSync(process.execPath, ['--max-semi-space-size=128', '--import', 'tsx', 'bench/monorepo.ts', '--measure'], {
      encoding: 'utf8',
      env,
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return JSON.parse(output.trim().split('\n').pop() as string) as MonorepoMeasurement;
  });
  return { shape: monorepoShape, githubLatencyMs: githubLatencyMs(), loadAverage: [...loadBefore, ...loadavg()], measurements };
}

export function monorepoLines(figures: MonorepoFigures): string[] {
  const load = (values: number[]): string => values.map((value) => value.toFixed(1)).join(' ');
  return [
    `monorepo pull request (${figures.shape.changed} of ${figures.shape.count} specs changed, ${figures.githubLatencyMs} ms per GitHub call; load average before ${load(figures.loadAverage.slice(0, 3))}, after ${load(figures.loadAverage.slice(3))}):`,
    ...figures.measurements.flatMap((measurement) =>
      measurement.runs.map(
        (run) =>
          `  ${`${measurement.workers} worker${measurement.workers === 1 ? '' : 's'}, ${run.run}`.padEnd(18)} ${run.wallMs.toFixed(0).padStart(7)} ms wall ${run.cpuMs.toFixed(0).padStart(7)} ms CPU ${measurement.maxRssMb.toFixed(0).padStart(5)} MB peak  ${String(run.blobFetches).padStart(4)} blob fetches (at most ${run.mostFetchesOfOneBlob} per SHA)  ${run.specsPerSecond.toFixed(1).padStart(5)} specs/s  ${run.conclusion}`,
      ),
    ),
  ];
}

if (process.argv.includes('--measure')) {
  process.stdout.write(`${JSON.stringify(await measure())}\n`);
  process.exit(0);
} else if (process.argv[1]?.endsWith('monorepo.ts')) {
  // Run alone (`npx tsx bench/monorepo.ts`), not imported by bench/run.ts.
  const figures = monorepoFigures();
  for (const line of monorepoLines(figures)) console.log(line);
  console.log(JSON.stringify(figures));
}
