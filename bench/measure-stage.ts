// One stage of the pipeline on one corpus pair, run a few times in a fresh process so that its
// peak memory is its own. Prints one JSON line: { stage, pair, runs: [ms...], maxRssMb }.
// Every run is cold (lint caches and the example memo emptied first) except `review-warm`,
// which re-reviews an unchanged pair: what a re-run or a push leaving the spec alone costs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../src/config/config-schema.js';
import { diffSpecs } from '../src/diff/diff-specs.js';
import { resetExampleMemo } from '../src/lint/spectral-patches/example-memo.js';
import { resetValidatorCache } from '../src/lint/spectral-patches/validator-cache.js';
import { createLintCache, sharedLintCache } from '../src/lint/incremental/lint-cache.js';
import { lintChange } from '../src/lint/incremental/lint-change.js';
import { lintSpec } from '../src/lint/lint-spec.js';
import type { LoadedRuleset } from '../src/lint/loaded-ruleset.js';
import { loadRuleset, type RulesetChoice } from '../src/lint/load-ruleset.js';
import { reviewSpecs } from '../src/pipeline/review-specs.js';
import { renderComment } from '../src/render/render-review.js';
import type { Review } from '../src/review/review.js';
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
// The corpus holds descriptions above the default limits (13 MB, 1,223 operations).
const bigLimits = { bytes_per_file: 64 * 1024 * 1024, operations: 100_000 };
const limits = { limits: bigLimits };
const config = { ...defaultConfig, limits: { ...defaultConfig.limits, ...bigLimits } };
const loadPair = () => Promise.all([loadSpec(base, pair.basePath, limits), loadSpec(head, pair.headPath, limits)]);

async function prepare(): Promise<() => Promise<unknown>> {
  switch (stage) {
    case 'json-parse': {
      const texts = [readFileSync(join(pair!.baseFolder, pair!.basePath), 'utf8'), readFileSync(join(pair!.headFolder, pair!.headPath), 'utf8')];
      return async () => texts.map((text) => JSON.parse(text) as unknown);
    }
    case 'parse':
      return loadPair;
    case 'diff': {
      const [baseSpec, headSpec] = await loadPair();
      return async () => diffSpecs(baseSpec, headSpec, { config: config.breaking, now });
    }
    case 'lint-head-oas': {
      // The comparison with the Spectral CLI: spectral:oas alone, the whole head, as Spectral runs it.
      const ruleset = await rulesetOf(spectralOas);
      const headSpec = await loadSpec(head, pair!.headPath, limits);
      return async () => lintSpec(headSpec, ruleset);
    }
    case 'lint-review': {
      // What the review lints: the shipped guidelines, incrementally, base and head.
      const ruleset = await rulesetOf({ kind: 'shipped' });
      const [baseSpec, headSpec] = await loadPair();
      return async () => {
        resetExampleMemo();
        resetValidatorCache();
        return lintChange(baseSpec, headSpec, ruleset.ruleset, { cache: createLintCache() });
      };
    }
    case 'render': {
      const review = await wholeReview();
      return async () => renderComment(review);
    }
    case 'review':
    case 'review-oas':
      // review-oas lints with `spectral:oas` alone, as the Spectral CLI it is compared with does.
      return async () => {
        sharedLintCache.clear();
        resetExampleMemo();
        resetValidatorCache();
        return renderComment(await wholeReview(stage === 'review-oas' ? spectralOas : shipped));
      };
    case 'review-warm': {
      await wholeReview();
      return async () => renderComment(await wholeReview());
    }
    default:
      throw new Error(`unknown stage ${stage}`);
  }
}

async function rulesetOf(choice: RulesetChoice): Promise<LoadedRuleset> {
  const load = await loadRuleset(choice);
  if (!load.ok) throw new Error(`the ruleset does not load: ${JSON.stringify(load.problems)}`);
  return load.ruleset;
}

const shipped: RulesetChoice = { kind: 'shipped' };
const spectralOas: RulesetChoice = { kind: 'file', source: localFolderSource('bench', 'bench'), path: 'spectral-oas.yaml' };

/** Parse both versions, lint what changed, diff, assess: what `api-review review BASE HEAD` does. */
async function wholeReview(choice: RulesetChoice = shipped): Promise<Review> {
  const ruleset = await rulesetOf(choice);
  return reviewSpecs({ pairs: [{ base: pair!.basePath, head: pair!.headPath, status: 'modified' }], base, head, config, ruleset, acceptances: [], now });
}

const run = await prepare();
const times: number[] = [];
for (let index = 0; index < runs; index += 1) {
  const started = performance.now();
  await run();
  times.push(performance.now() - started);
}
process.stdout.write(`${JSON.stringify({ stage, pair: pair.name, runs: times, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
