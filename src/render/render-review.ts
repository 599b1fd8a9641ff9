// render: the review as the Markdown a person reads — the pull request comment and the check
// run summary — kept within GitHub's 65,535-byte limit by a budget plan, never by cutting
// text mid-way: every spec keeps its row in the summary table; then the detailed sections
// shrink (fewer items per list), then the specs with the least to say lose their section.
import type { ReviewProse } from '../llm/review-prose.js';
import type { Review } from '../review/review.js';
import { byteLength, fitText } from '../github/text-budget.js';
import { renderTemplate } from './handlebars-env.js';
import { withProse } from './prose-view.js';
import { buildReviewView, type LinkOptions, type ViewLimits } from './review-view.js';

/** GitHub rejects comment bodies and check-run summaries longer than this. */
export const githubTextLimit = 65_535;

/** Items per list while every spec keeps its section; below 5 a section says too little to be worth it. */
const itemCapsForAllSpecs = [50, 20, 5];
/** Items per list once only some specs keep a section. */
const itemCapsForSomeSpecs = [20, 5];

/** `prose` (optional, model-written) adds advisory sections; it never changes what the review says. */
export function renderComment(review: Review, links: LinkOptions = {}, prose?: ReviewProse): string {
  return renderWithin('review-comment', review, links, prose);
}

export function renderCheckSummary(review: Review, links: LinkOptions = {}): string {
  return renderWithin('check-summary', review, links);
}

function renderWithin(template: string, review: Review, links: LinkOptions, prose?: ReviewProse): string {
  const render = (limits: ViewLimits): string => renderTemplate(template, withProse(buildReviewView(review, links, limits), prose, limits.itemsPerSection));
  // Counted in UTF-8 bytes: GitHub enforces the check-run limit on bytes (see text-budget.ts).
  const fits = (text: string): boolean => byteLength(text) <= githubTextLimit;
  for (const itemsPerSection of itemCapsForAllSpecs) {
    const text = render({ itemsPerSection });
    if (fits(text)) return text;
  }
  for (const itemsPerSection of itemCapsForSomeSpecs) {
    const detailedSpecs = mostThatFit(review.specs.length, (count) => fits(render({ itemsPerSection, detailedSpecs: count })));
    if (detailedSpecs > 0) return render({ itemsPerSection, detailedSpecs });
  }
  const tableOnly = render({ itemsPerSection: 0, detailedSpecs: 0 });
  if (fits(tableOnly)) return tableOnly;
  // Thousands of specs: even one row each is too long. Cut at a line, never inside a tag.
  return fitText(tableOnly, { maxBytes: githubTextLimit, seeAlso: '`api-review review --format json`' });
}

/** The largest count in [0, upTo] for which `fits` holds, given it holds for every smaller count too. */
function mostThatFit(upTo: number, fits: (count: number) => boolean): number {
  let low = 0;
  let high = upTo;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}
