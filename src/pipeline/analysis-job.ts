// analyze: the work a review worker does, described as plain data so it can cross to a worker
// thread. A job names its file sources (read back through the main thread) and the ruleset to
// load (Spectral's objects cannot cross threads, so the worker loads it from this description).
import type { ReviewConfig } from '../config/config-schema.js';
import type { Change } from '../diff/change.js';
import { diffSpecs } from '../diff/diff-specs.js';
import { lintSpec, loadRuleset, type LintFinding, type RulesetChoice, type RulesetProblem } from '../lint/index.js';
import type { ChangedOperations } from '../llm/changed-operations.js';
import type { Acceptance, Review } from '../review/review.js';
import type { FileSource } from '../specs/file-source.js';
import { loadSpec } from '../specs/load-spec.js';
import type { LoadedSpec } from '../specs/loaded-spec.js';
import type { SpecProblem } from '../specs/spec-problem.js';
import { ignoreProgress, type ProgressSink } from './analysis-progress.js';
import type { ContractDiff } from '../formats/contract-input.js';
import { emptySpecLike } from './empty-spec.js';
import { readOnceSource } from './read-once-source.js';
import type { SpecPair } from './review-specs.js';

/** The sources a job may read: the two revisions, and where a ruleset file lives. */
export type SourceName = 'base' | 'head' | 'ruleset';

export type JobSources = Partial<Record<SourceName, FileSource>>;

/** Which ruleset to lint with, by the name of the source that holds it. */
export type RulesetRequest =
  | { kind: 'shipped' }
  | { kind: 'file'; source: SourceName; path: string }
  | { kind: 'repository'; source: SourceName };

export type AnalysisJob =
  | { kind: 'review'; pairs: SpecPair[]; config: ReviewConfig; ruleset: RulesetRequest; acceptances: Acceptance[]; now: Date }
  | { kind: 'diff'; pairs: SpecPair[]; config: ReviewConfig; now: Date }
  | { kind: 'lint'; path: string; config: ReviewConfig; ruleset: RulesetRequest };

export type AnalysisResult =
  /** The review, and the spec excerpts model prose may see (the documents stay on the worker). */
  | { kind: 'review'; review: Review; changedOperations: ChangedOperations }
  /** `notes`: what an engine skipped for a reason outside the change (a buf binary missing on this platform). */
  | { kind: 'diff'; changes: Change[]; notes: string[] }
  | { kind: 'lint'; findings: LintFinding[] }
  /** The ruleset could not be loaded: the same problems `loadRuleset` reports in process. */
  | { kind: 'ruleset-problems'; problems: RulesetProblem[] }
  /** A `diff` or `lint` input that does not load (the review reports these inside the review). */
  | { kind: 'input-problems'; problems: SpecProblem[] };

type DiffJob = Extract<AnalysisJob, { kind: 'diff' }>;

export async function runAnalysisJob(job: AnalysisJob, sources: JobSources, onProgress: ProgressSink = ignoreProgress): Promise<AnalysisResult> {
  switch (job.kind) {
    case 'review': {
      // Imported when a review needs it, and the lint entry loads Spectral on its first call: a
      // worker that only diffs never loads Spectral.
      const { reviewSpecsWithExcerpts } = await import('./review-specs.js');
      const ruleset = await loadRuleset(rulesetChoice(job.ruleset, sources));
      if (!ruleset.ok) return { kind: 'ruleset-problems', problems: ruleset.problems };
      const reviewed = await reviewSpecsWithExcerpts({ ...job, base: sourceNamed(sources, 'base'), head: sourceNamed(sources, 'head'), ruleset: ruleset.ruleset, onProgress });
      return { kind: 'review', ...reviewed };
    }
    case 'diff':
      return diffPairs(job, sourceNamed(sources, 'base'), sourceNamed(sources, 'head'), onProgress);
    case 'lint': {
      const ruleset = await loadRuleset(rulesetChoice(job.ruleset, sources));
      if (!ruleset.ok) return { kind: 'ruleset-problems', problems: ruleset.problems };
      onProgress({ step: 'parsing' });
      const spec = await loadSpec(sourceNamed(sources, 'head'), job.path, { limits: job.config.limits });
      const problems = fatalProblems(spec);
      if (problems.length > 0) return { kind: 'input-problems', problems };
      onProgress({ step: 'linting' });
      return { kind: 'lint', findings: await lintSpec(spec, ruleset.ruleset) };
    }
  }
}

async function diffPairs(job: DiffJob, baseSources: FileSource, headSources: FileSource, onProgress: ProgressSink): Promise<AnalysisResult> {
  const changes: Change[] = [];
  const notes: string[] = [];
  for (const pair of job.pairs) {
    onProgress({ step: 'parsing' });
    // The root is read once: to detect its format, then by the loader of that format.
    const baseSource = readOnceSource(baseSources, new Set(pair.base ? [pair.base] : []));
    const headSource = readOnceSource(headSources, new Set(pair.head ? [pair.head] : []));
    const diff = (await diffContractPair(pair, baseSource, headSource, job)) ?? (await diffOpenApiPair(pair, baseSource, headSource, job, onProgress));
    if (diff.problems.length > 0) return { kind: 'input-problems', problems: diff.problems };
    notes.push(...diff.notes);
    // A loop, not `push(...)`: spreading 10^5 changes as arguments overflows the stack.
    for (const change of diff.changes) changes.push(change);
  }
  return { kind: 'diff', changes, notes };
}

/**
 * AsyncAPI, GraphQL and Protobuf pairs go to their own engine (detected from the content);
 * `undefined` leaves an OpenAPI pair, or a file of no known format, to the OpenAPI engine.
 */
async function diffContractPair(pair: SpecPair, baseSource: FileSource, headSource: FileSource, job: DiffJob): Promise<ContractDiff | undefined> {
  const [{ readContractSide }, { diffContract }] = await Promise.all([import('../formats/read-contract.js'), import('../formats/diff-contract.js')]);
  const [base, head] = await Promise.all([
    readContractSide(baseSource, pair.base, pair.companions?.base ?? [], job.config.limits),
    readContractSide(headSource, pair.head, pair.companions?.head ?? [], job.config.limits),
  ]);
  const format = (head?.ok ? head.format : undefined) ?? (base?.ok ? base.format : undefined);
  if (format === undefined || format === 'openapi') return undefined;
  const unread = [base, head].flatMap((side) => (side && !side.ok ? [side.problem] : []));
  if (unread.length > 0) return { changes: [], problems: unread, notes: [] };
  return diffContract(format, base?.ok ? base.input : undefined, head?.ok ? head.input : undefined, { config: job.config.breaking, now: job.now });
}

async function diffOpenApiPair(pair: SpecPair, baseSource: FileSource, headSource: FileSource, job: DiffJob, onProgress: ProgressSink): Promise<ContractDiff> {
  const [base, head] = await Promise.all([
    pair.base ? loadSpec(baseSource, pair.base, { limits: job.config.limits }) : undefined,
    pair.head ? loadSpec(headSource, pair.head, { limits: job.config.limits }) : undefined,
  ]);
  const problems = [...fatalProblems(base), ...fatalProblems(head)];
  if (problems.length > 0) return { changes: [], problems, notes: [] };
  const baseSpec = base ?? emptySpecLike(head as LoadedSpec);
  const headSpec = head ?? emptySpecLike(base as LoadedSpec);
  onProgress({ step: 'diffing' });
  return { changes: diffSpecs(baseSpec, headSpec, { config: job.config.breaking, now: job.now }), problems: [], notes: [] };
}

function rulesetChoice(request: RulesetRequest, sources: JobSources): RulesetChoice {
  switch (request.kind) {
    case 'shipped':
      return { kind: 'shipped' };
    case 'file':
      return { kind: 'file', source: sourceNamed(sources, request.source), path: request.path };
    case 'repository':
      return { kind: 'repository', source: sourceNamed(sources, request.source) };
  }
}

function sourceNamed(sources: JobSources, name: SourceName): FileSource {
  const source = sources[name];
  if (!source) throw new Error(`the analysis job reads the ${name} source, which was not given`);
  return source;
}

function fatalProblems(spec: LoadedSpec | undefined): SpecProblem[] {
  return spec?.problems.filter((problem) => problem.fatal) ?? [];
}
