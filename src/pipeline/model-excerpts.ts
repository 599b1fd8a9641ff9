// analyze: the spec text model prose may see, cut where the specs are already loaded. Parsed
// documents stay on the review worker; what crosses to the main thread is this small value (the
// changed operations' objects, capped: llm/changed-operations.ts), so prose never parses a spec
// again. Cheap by its caps (25 operations, 40,000 characters), so every review brings it.
import { extractChangedOperations, type ChangedOperations, type SpecSides } from '../llm/changed-operations.js';
import type { SpecAnalysis } from '../review/assess-review.js';
import type { Review } from '../review/review.js';

export function modelExcerpts(review: Review, analyses: readonly SpecAnalysis[]): ChangedOperations {
  return extractChangedOperations(review, analyses.map(sidesOf));
}

/** The loaded, usable sides of one analysed spec (none for a spec that did not load). */
function sidesOf(analysis: SpecAnalysis): SpecSides {
  const { base, head } = analysis.documents ?? {};
  return { spec: analysis.spec, ...(base ? { base } : {}), ...(head ? { head } : {}) };
}
