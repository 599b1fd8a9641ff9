// publish: review items as check-run annotations, one per item, on the file and line it names
// (files reached through `$ref` included). GitHub shows annotations only on files of the head
// commit, so an item located in the merge base (a removal) is pinned to its nearest surviving place
// in the head when the engine knows it, else to line 1 of the spec that lost it, with the base
// location in the message. Titles and messages quote spec text and file names: they go out as one
// line of inert plain text, within GitHub's length limits.
import { plainLine } from '../render/markdown-text.js';
import { locatedInBase } from '../review/located-in-base.js';
import type { Review, ReviewItem, Severity, SpecReview } from '../review/review.js';
import { fitText, githubLimits } from './text-budget.js';

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

const levels: Record<Severity, Annotation['annotation_level']> = { blocker: 'failure', warning: 'warning', info: 'notice' };

/**
 * At most this many annotations per review: each 50 cost one API call, and a change to a shared
 * schema of a large API can yield tens of thousands of findings. The rest stay in the summary's
 * counts and the JSON output.
 */
export const maxAnnotations = 500;

const severityRank: Record<Severity, number> = { blocker: 0, warning: 1, info: 2 };

/** Blockers first, then warnings, then info, up to `limit`; nothing is built past the limit. */
export function annotationsOf(review: Review, limit = maxAnnotations): Annotation[] {
  const candidates = review.specs
    .filter((spec) => spec.status !== 'deleted')
    .flatMap((spec) => spec.items.map((item) => ({ spec, item })))
    .sort((a, b) => severityRank[a.item.severity] - severityRank[b.item.severity]);
  return candidates.slice(0, limit).map(({ spec, item }) => withinLimits(annotationOf(spec, item)));
}

/** A rule id, operation or message comes from the pull request and can be any length; GitHub refuses past its limits. */
function withinLimits(annotation: Annotation): Annotation {
  return {
    ...annotation,
    title: fitText(annotation.title, { maxBytes: githubLimits.annotationTitle }),
    message: fitText(annotation.message, { maxBytes: githubLimits.annotationMessage, seeAlso: 'the check run summary' }),
  };
}

/** GitHub rejects an annotation whose title passes 255 characters or whose message passes 64 KB. */
const titleLimit = 255;
const messageLimit = 64_000;

function annotationOf(spec: SpecReview, item: ReviewItem): Annotation {
  const { title, message, ...rest } = placedAnnotation(spec, item);
  return { ...rest, title: clip(plainLine(title), titleLimit), message: clip(plainLine(message), messageLimit) };
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

function placedAnnotation(spec: SpecReview, item: ReviewItem): Annotation {
  const accepted = item.acceptedBy ? ` (accepted by @${item.acceptedBy.user}: ${item.acceptedBy.reason})` : '';
  const level = item.acceptedBy ? 'notice' : levels[item.severity];
  const title = `${item.rule}${item.operation ? ` · ${item.operation}` : ''}`;
  if (locatedInBase(item)) {
    const message = `${item.message} (in the merge base at ${item.source.file}:${item.source.line})${accepted}`;
    const anchor = item.nearestInHead ?? { file: spec.spec, line: 1 };
    return { path: anchor.file, start_line: anchor.line, end_line: anchor.line, annotation_level: level, title, message };
  }
  const line = Math.max(1, item.source.line);
  return { path: item.source.file, start_line: line, end_line: line, annotation_level: level, title, message: item.message + accepted };
}
