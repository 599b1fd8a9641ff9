// assess: whether an item's location is in the base version. The engine's check knows which
// version it pointed into and says so on the change (`Change.side`); lint findings, problems and
// anything without a side are in the head.
import type { ReviewItem } from './review.js';

export function locatedInBase(item: Pick<ReviewItem, 'side'>): boolean {
  return item.side === 'base';
}
