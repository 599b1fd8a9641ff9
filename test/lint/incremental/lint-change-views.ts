// What the exactness tests of the incremental lint compare: the findings a review shows (new and
// fixed, with their lines) and the debt it lists, from an incremental and a full lint of a pair.
// Shared by the in-thread tests and the worker that runs the corpus pairs.
import type { Ruleset } from '@stoplight/spectral-core';
import { readFileSync } from 'node:fs';
import { documentUnits } from '../../../src/lint/incremental/document-units.js';
import { createLintCache } from '../../../src/lint/incremental/lint-cache.js';
import { lintChange } from '../../../src/lint/incremental/lint-change.js';
import { closureOnBothSides } from '../../../src/lint/incremental/lint-scope.js';
import { reducedDocument } from '../../../src/lint/incremental/reduced-document.js';
import type { ClassifiedFindings } from '../../../src/lint/lint-diff.js';
import type { LintFinding } from '../../../src/lint/lint-finding.js';
import { loadSpec } from '../../../src/specs/load-spec.js';
import type { LoadedSpec } from '../../../src/specs/loaded-spec.js';
import { memorySource } from '../../../src/specs/memory-source.js';

export interface LintViews {
  introduced: string[];
  fixed: string[];
  debt: string[];
}

const limits = { limits: { bytes_per_file: 64 * 1024 * 1024, operations: 100_000 } };

export const loadForLint = (text: string, name = 'openapi.yaml'): Promise<LoadedSpec> => loadSpec(memorySource({ [name]: text }), name, limits);

const line = (finding: LintFinding): string => `${finding.code} ${finding.path.join('.')} :${finding.source.line} ${finding.message}`;

/** What the review shows of a classification: new and fixed findings, with their lines. */
export function shown(classified: ClassifiedFindings): { introduced: string[]; fixed: string[] } {
  return { introduced: classified.introduced.map(line).sort(), fixed: classified.fixed.map(line).sort() };
}

/** Existing debt as the review lists it: each finding once, with its line. */
export function debt(classified: ClassifiedFindings): string[] {
  return classified.existing.map(line);
}

function views(classified: ClassifiedFindings): LintViews {
  return { ...shown(classified), debt: debt(classified) };
}

/** The incremental lint's views beside a full lint's, of the same pair. */
export async function incrementalAndFull(base: LoadedSpec, head: LoadedSpec, ruleset: Ruleset): Promise<{ incremental: LintViews; full: LintViews; classified: ClassifiedFindings }> {
  const incremental = await lintChange(base, head, ruleset, { cache: createLintCache() });
  const full = await lintChange(base, head, ruleset, { cache: createLintCache(), full: true });
  return { incremental: views(incremental), full: views(full), classified: full };
}

/** A corpus pair from disk, whole or cut to the path items under `sample` (both versions the same way). */
export async function corpusPair(files: [string, string], sample?: string): Promise<[LoadedSpec, LoadedSpec]> {
  const [base, head] = await Promise.all(files.map((path) => loadForLint(readFileSync(path, 'utf8'), path.replace(/^.*\//, 'api.'))));
  if (!base || !head) throw new Error('a corpus pair has two files');
  return sample ? samplePair(base, head, sample) : [base, head];
}

/** Both versions cut to the path items under `prefix` and what they reach, as a real smaller pair. */
async function samplePair(base: LoadedSpec, head: LoadedSpec, prefix: string): Promise<[LoadedSpec, LoadedSpec]> {
  const data = (spec: LoadedSpec) => spec.files.get(spec.root)?.data as Record<string, unknown>;
  const baseUnits = documentUnits(data(base), base.root);
  const headUnits = documentUnits(data(head), head.root);
  if (!baseUnits || !headUnits) throw new Error('the corpus pair is not a single file');
  const seeds = [...baseUnits.values.keys(), ...headUnits.values.keys()].filter((key) => key.startsWith(`paths\u0000${prefix}`));
  const kept = closureOnBothSides(baseUnits, headUnits, new Set(seeds));
  const cut = (spec: LoadedSpec) => loadForLint(JSON.stringify(reducedDocument(data(spec), kept), null, 2), 'sample.json');
  return [await cut(base), await cut(head)];
}
