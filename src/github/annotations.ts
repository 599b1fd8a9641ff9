// publish: review items as check-run annotations, one per item, on the file and line it names
// (files reached through `$ref` included). GitHub shows annotations only on files of the head
// commit, so an item located in the merge base (a removal) is pinned to line 1 of the spec that
// lost it, with the base location in the message.
import type { Review, ReviewItem, Severity, SpecReview } from '../review/review.js';

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

const levels: Record<Severity, Annotation['annotation_level']> = { blocker: 'failure', warning: 'warning', info: 'notice' };

export function annotationsOf(review: Review): Annotation[] {
  return review.specs.flatMap((spec) => (spec.status === 'deleted' ? [] : spec.items.map((item) => annotationOf(spec, item))));
}

function annotationOf(spec: SpecReview, item: ReviewItem): Annotation {
  const accepted = item.acceptedBy ? ` (accepted by @${item.acceptedBy.user}: ${item.acceptedBy.reason})` : '';
  const level = item.acceptedBy ? 'notice' : levels[item.severity];
  const title = `${item.rule}${item.operation ? ` · ${item.operation}` : ''}`;
  if (locatedInBase(item)) {
    const message = `${item.message} (in the merge base at ${item.source.file}:${item.source.line})${accepted}`;
    return { path: spec.spec, start_line: 1, end_line: 1, annotation_level: level, title, message };
  }
  const line = Math.max(1, item.source.line);
  return { path: item.source.file, start_line: line, end_line: line, annotation_level: level, title, message: item.message + accepted };
}

/** Removals point into the base (diff contract); the rule id is how the renderer tells them apart too. */
function locatedInBase(item: ReviewItem): boolean {
  return item.kind === 'breaking-change' && /removed|deleted/.test(item.rule);
}
