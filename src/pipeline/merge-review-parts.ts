// analyze -> assess: one review from the reviews of its batches (spec-batches.ts). Each batch's
// specs were assessed on the worker that held their documents (fingerprints need them); what is
// left is the summary over all specs — verdict, title, counts, acceptances — and the model's
// excerpts under the review-wide caps. Parts come in batch order, so the review never depends on
// which worker finished first.
import { defaultExcerptCaps, type ChangedOperations, type ExcerptCaps, type OperationExcerpt } from '../llm/changed-operations.js';
import { summarizeReview, type AssessInput } from '../review/assess-review.js';
import type { Review } from '../review/review.js';

export interface ReviewPart {
  review: Review;
  changedOperations: ChangedOperations;
}

export function mergeReviewParts(parts: readonly ReviewPart[], input: Omit<AssessInput, 'specs'>): ReviewPart {
  const review = summarizeReview(
    parts.flatMap((part) => part.review.specs),
    input,
  );
  return { review, changedOperations: mergeExcerpts(parts.map((part) => part.changedOperations)) };
}

/**
 * The batches' excerpts in order, under the caps one review's excerpts have: each batch kept at
 * most as many as the whole review may, so the first ones across batches are the review's first.
 */
export function mergeExcerpts(parts: readonly ChangedOperations[], caps: Pick<ExcerptCaps, 'maxOperations' | 'maxTotalChars'> = defaultExcerptCaps): ChangedOperations {
  const candidates = parts.reduce((sum, part) => sum + part.excerpts.length + part.omitted, 0);
  const excerpts: OperationExcerpt[] = [];
  let total = 0;
  for (const excerpt of parts.flatMap((part) => part.excerpts)) {
    if (excerpts.length === caps.maxOperations) break;
    const size = JSON.stringify(excerpt).length;
    if (total + size > caps.maxTotalChars) break;
    total += size;
    excerpts.push(excerpt);
  }
  return { excerpts, omitted: candidates - excerpts.length };
}
