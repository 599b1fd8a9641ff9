// `npm run bench`: wall time (median of several runs) and peak memory of each pipeline stage on
// every corpus pair, each stage in its own process. Prints a table; writes bench/results/latest.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { corpusFolder, corpusPairs } from './corpus-pairs.js';

interface Measurement {
  stage: string;
  pair: string;
  runs: number[];
  maxRssMb: number;
}

const stages = ['json-parse', 'parse', 'diff', 'lint-head', 'render', 'review'];
const runs = Number(process.env.BENCH_RUNS ?? 3);
const only = process.env.BENCH_PAIRS?.split(',');
const pairs = corpusPairs().filter((pair) => !only || only.includes(pair.name));
if (pairs.length === 0) {
  console.error(`no corpus pairs found in ${corpusFolder()} (set API_REVIEW_CORPUS or --corpus=DIR)`);
  process.exit(2);
}

const results: (Measurement & { medianMs: number })[] = [];
for (const pair of pairs) {
  for (const stage of stages) {
    if (stage === 'json-parse' && !pair.headPath.endsWith('.json')) continue;
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'bench/measure-stage.ts', stage, pair.name, String(runs), `--corpus=${corpusFolder()}`], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' },
    });
    const measurement = JSON.parse(output.trim().split('\n').pop() as string) as Measurement;
    results.push({ ...measurement, medianMs: median(measurement.runs) });
    console.log(`${pair.name.padEnd(13)} ${stage.padEnd(11)} ${median(measurement.runs).toFixed(0).padStart(8)} ms  ${measurement.maxRssMb.toFixed(0).padStart(6)} MB`);
  }
}

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify({ machine: machineFacts(), runs, results }, null, 2));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function machineFacts(): object {
  return { node: process.version, platform: process.platform, arch: process.arch, cpus: (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency };
}
