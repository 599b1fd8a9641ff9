// assess: whether an item's location is in the base version. By the diff contract, removals point
// at the base file and everything else at the head; the check id says which a change is
// (graphql-inspector spells its ids in capitals: `FIELD_REMOVED`).
import type { ReviewItem } from './review.js';

export function locatedInBase(item: Pick<ReviewItem, 'kind' | 'rule'>): boolean {
  return item.kind === 'breaking-change' && /removed|deleted/i.test(item.rule);
}
