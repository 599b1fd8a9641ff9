// The pipeline for one review: parse -> analyze (lint, diff) -> assess, for every spec the
// change touches. Bytes come through two FileSources (base and head), so the CLI and the App
// run exactly this code; only how the sources and the spec list are found differs.
import type { ReviewConfig } from '../config/config-schema.js';
import { diffSpecs } from '../diff/diff-specs.js';
import type { Change } from '../diff/change.js';
import { classifyFindings, lintChange, lintSpec, type ClassifiedFindings, type LoadedRuleset } from '../lint/index.js';
import { assessReview, type SpecAnalysis } from '../review/assess-review.js';
import { operationFacts, type OperationFacts } from '../review/operation-facts.js';
import { OPERATION_REMOVAL } from '../review/removal-step.js';
import type { Acceptance, Review } from '../review/review.js';
import type { FileSource } from '../specs/file-source.js';
import type { LoadedSpec } from '../specs/loaded-spec.js';
import { loadSpec } from '../specs/load-spec.js';
import { analyzeContractPair } from '../formats/analyze-contract.js';
import type { ChangedOperations } from '../llm/changed-operations.js';
import { modelExcerpts } from './model-excerpts.js';
import type { ProgressSink } from './analysis-progress.js';
import { emptyAnalysis, type SpecPair } from './empty-analysis.js';
import { emptySpecLike } from './empty-spec.js';
import { readOnceSource } from './read-once-source.js';

export type { SpecPair } from './empty-analysis.js';

export interface ReviewRequest {
  pairs: SpecPair[];
  base: FileSource;
  head: FileSource;
  config: ReviewConfig;
  ruleset: LoadedRuleset;
  acceptances: Acceptance[];
  now: Date;
  /** Told each step (the CLI's progress line); nothing waits for it. */
  onProgress?: ProgressSink;
}

export async function reviewSpecs(request: ReviewRequest): Promise<Review> {
  return assessSpecs(await analyzeSpecs(request), request);
}

/** The review with the spec excerpts model prose may see, cut while the specs are loaded. */
export async function reviewSpecsWithExcerpts(request: ReviewRequest): Promise<{ review: Review; changedOperations: ChangedOperations }> {
  const analyses = await analyzeSpecs(request);
  const review = assessSpecs(analyses, request);
  return { review, changedOperations: modelExcerpts(review, analyses) };
}

async function analyzeSpecs(request: ReviewRequest): Promise<SpecAnalysis[]> {
  const analyses: SpecAnalysis[] = [];
  for (const pair of request.pairs) {
    // The root is read once: to detect its format, then by the loader of that format.
    const base = readOnceSource(request.base, new Set(pair.base ? [pair.base] : []));
    const head = readOnceSource(request.head, new Set(pair.head ? [pair.head] : []));
    analyses.push(await analyzePair(pair, { ...request, base, head }));
  }
  return analyses;
}

function assessSpecs(analyses: SpecAnalysis[], request: ReviewRequest): Review {
  return assessReview({ specs: analyses, config: request.config, acceptances: request.acceptances, now: request.now });
}

export async function analyzePair(pair: SpecPair, request: ReviewRequest): Promise<SpecAnalysis> {
  // AsyncAPI, GraphQL and Protobuf contracts have their own engines; OpenAPI continues below.
  const contract = await analyzeContractPair(pair, request);
  if (contract) return contract;
  const limits = { limits: request.config.limits };
  request.onProgress?.({ step: 'parsing' });
  const [base, head] = await Promise.all([
    pair.base ? loadSpec(request.base, pair.base, limits) : undefined,
    pair.head ? loadSpec(request.head, pair.head, limits) : undefined,
  ]);
  const analysis: SpecAnalysis = {
    ...emptyAnalysis(pair),
    ...(base ? { baseVersion: infoVersion(base) } : {}),
    ...(head ? { headVersion: infoVersion(head) } : {}),
  };
  if (head && isBroken(head)) {
    analysis.problems = head.problems.filter((problem) => problem.fatal);
    analysis.notes.push(`${head.root} could not be loaded, so it was neither linted nor compared.`);
    return analysis;
  }
  const baseUsable = base && !isBroken(base) ? base : undefined;
  if (base && !baseUsable) {
    analysis.baseProblems = base.problems.filter((problem) => problem.fatal);
    analysis.notes.push(
      `The base version of ${base.root} could not be loaded (${base.problems[0]?.message ?? 'unknown problem'}); breaking changes were not computed and every lint finding counts as new.`,
    );
  }

  analysis.lint = await lintFindings(baseUsable, head, request.ruleset, request.onProgress);
  analysis.documents = { ...(baseUsable ? { base: baseUsable } : {}), head };

  const diffOptions = { config: request.config.breaking, now: request.now };
  request.onProgress?.({ step: 'diffing' });
  if (baseUsable && head) analysis.changes = diffSpecs(baseUsable, head, diffOptions);
  else if (baseUsable && !head) analysis.changes = diffSpecs(baseUsable, emptySpecLike(baseUsable), diffOptions);
  else if (head && !base) analysis.changes = diffSpecs(emptySpecLike(head), head, diffOptions);

  if (head) {
    analysis.newOperations = factsOf(head, analysis.changes, /^endpoint-added$/);
    analysis.newlyDeprecated = factsOf(head, analysis.changes, /^endpoint-deprecated/);
  }
  if (baseUsable) analysis.removedOperations = factsOf(baseUsable, analysis.changes, OPERATION_REMOVAL);
  return analysis;
}

/** New, existing and fixed findings: only the changed parts are linted when both sides exist. */
async function lintFindings(base: LoadedSpec | undefined, head: LoadedSpec | undefined, ruleset: LoadedRuleset, onProgress?: ProgressSink): Promise<ClassifiedFindings> {
  if (!head) return { introduced: [], existing: [], fixed: [] };
  onProgress?.({ step: 'linting' });
  if (!base) return classifyFindings([], await lintSpec(head, ruleset), { head });
  return lintChange(base, head, ruleset.ruleset, onProgress ? { onLinting: (units) => onProgress({ step: 'linting', units }) } : {});
}

function isBroken(spec: LoadedSpec): boolean {
  return spec.problems.some((problem) => problem.fatal);
}

function infoVersion(spec: LoadedSpec): string | undefined {
  const info = spec.document.info;
  if (info === null || typeof info !== 'object') return undefined;
  const version = (info as Record<string, unknown>).version;
  return version === undefined ? undefined : String(version);
}

function factsOf(head: LoadedSpec, changes: Change[], id: RegExp): OperationFacts[] {
  const operations = [...new Set(changes.filter((change) => id.test(change.id) && change.operation).map((change) => change.operation as string))];
  return operations.map((operation) => operationFacts(head, operation)).filter((facts): facts is OperationFacts => facts !== undefined);
}
