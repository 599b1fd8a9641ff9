// llm: the two versions of each reviewed spec, loaded again for the model excerpts. The review
// keeps no parsed documents, and this only runs when the model is enabled, so a review without
// a model pays nothing for it.
import type { ReviewConfig } from '../config/config-schema.js';
import type { Review, SpecReview } from '../review/review.js';
import type { FileSource } from '../specs/file-source.js';
import type { LoadedSpec } from '../specs/loaded-spec.js';
import { loadSpec } from '../specs/load-spec.js';
import type { SpecSides } from './changed-operations.js';

export interface SpecSources {
  base: FileSource;
  head: FileSource;
  config: ReviewConfig;
}

export async function loadSpecSides(review: Review, sources: SpecSources): Promise<SpecSides[]> {
  const withChanges = review.specs.filter((spec) => spec.changes.some((change) => change.operation !== null));
  return Promise.all(withChanges.map((spec) => loadSides(spec, sources)));
}

async function loadSides(spec: SpecReview, sources: SpecSources): Promise<SpecSides> {
  const basePath = spec.status === 'added' ? undefined : (spec.previousPath ?? spec.spec);
  const headPath = spec.status === 'deleted' ? undefined : spec.spec;
  const [base, head] = await Promise.all([
    basePath ? loadUsable(sources.base, basePath, sources.config) : undefined,
    headPath ? loadUsable(sources.head, headPath, sources.config) : undefined,
  ]);
  return { spec: spec.spec, ...(base ? { base } : {}), ...(head ? { head } : {}) };
}

/** A side that does not load is left out: the model then sees only the other side. */
async function loadUsable(source: FileSource, path: string, config: ReviewConfig): Promise<LoadedSpec | undefined> {
  const spec = await loadSpec(source, path, { limits: config.limits });
  return spec.problems.some((problem) => problem.fatal) ? undefined : spec;
}
