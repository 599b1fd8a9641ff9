// One stage of the pipeline on one corpus pair, run a few times in a fresh process so that its
// peak memory is its own. Prints one JSON line: { stage, pair, runs: [ms...], maxRssMb }.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../src/config/config-schema.js';
import { diffSpecs } from '../src/diff/diff-specs.js';
import { lintSpec } from '../src/lint/lint-spec.js';
import { loadRuleset } from '../src/lint/load-ruleset.js';
import { reviewSpecs } from '../src/pipeline/review-specs.js';
import { renderComment } from '../src/render/render-review.js';
import { loadSpec } from '../src/specs/load-spec.js';
import { localFolderSource } from '../src/specs/local-folder-source.js';
import { corpusPairs } from './corpus-pairs.js';

const [stage, pairName, runsText] = process.argv.slice(2);
const pair = corpusPairs().find((candidate) => candidate.name === pairName);
if (!stage || !pair) throw new Error(`usage: measure-stage <stage> <pair> [runs]`);
const runs = Number(runsText ?? 3);
const now = new Date('2026-11-25T00:00:00Z');
const base = localFolderSource(pair.baseFolder, 'base');
const head = localFolderSource(pair.headFolder, 'head');
const limits = { limits: { bytes_per_file: 64 * 1024 * 1024 } };
const config = { ...defaultConfig, limits: { ...defaultConfig.limits, bytes_per_file: 64 * 1024 * 1024 } };

async function prepare(): Promise<() => Promise<unknown>> {
  switch (stage) {
    case 'json-parse': {
      const texts = [readFileSync(join(pair!.baseFolder, pair!.basePath), 'utf8'), readFileSync(join(pair!.headFolder, pair!.headPath), 'utf8')];
      return async () => texts.map((text) => JSON.parse(text));
    }
    case 'parse':
      return async () => Promise.all([loadSpec(base, pair!.basePath, limits), loadSpec(head, pair!.headPath, limits)]);
    case 'diff': {
      const [baseSpec, headSpec] = await Promise.all([loadSpec(base, pair!.basePath, limits), loadSpec(head, pair!.headPath, limits)]);
      return async () => diffSpecs(baseSpec, headSpec, { config: config.breaking, now });
    }
    case 'lint-head': {
      const ruleset = await shippedRuleset();
      return async () => lintSpec(await loadSpec(head, pair!.headPath, limits), ruleset);
    }
    case 'render': {
      const review = await wholeReview();
      return async () => renderComment(review);
    }
    case 'review':
      return wholeReview;
    default:
      throw new Error(`unknown stage ${stage}`);
  }
}

async function shippedRuleset() {
  const load = await loadRuleset({ kind: 'shipped' });
  if (!load.ok) throw new Error('the shipped ruleset does not load');
  return load.ruleset;
}

async function wholeReview() {
  const ruleset = await shippedRuleset();
  return reviewSpecs({ pairs: [{ base: pair!.basePath, head: pair!.headPath }], base, head, config, ruleset, acceptances: [], now });
}

const run = await prepare();
const times: number[] = [];
for (let index = 0; index < runs; index += 1) {
  const started = performance.now();
  await run();
  times.push(performance.now() - started);
}
process.stdout.write(`${JSON.stringify({ stage, pair: pair.name, runs: times, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
