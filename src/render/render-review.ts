// render: the review as the Markdown a person reads — the pull request comment and the check
// run summary — kept within GitHub's 65,535-character limit by listing fewer items, never by
// cutting text mid-way.
import type { ReviewProse } from '../llm/review-prose.js';
import type { Review } from '../review/review.js';
import { renderTemplate } from './handlebars-env.js';
import { withProse } from './prose-view.js';
import { buildReviewView, type LinkOptions } from './review-view.js';

/** GitHub rejects comment bodies and check-run summaries longer than this. */
export const githubTextLimit = 65_535;

const itemCaps = [50, 20, 5, 0];

/** `prose` (optional, model-written) adds advisory sections; it never changes what the review says. */
export function renderComment(review: Review, links: LinkOptions = {}, prose?: ReviewProse): string {
  return renderWithin('review-comment', review, links, prose);
}

export function renderCheckSummary(review: Review, links: LinkOptions = {}): string {
  return renderWithin('check-summary', review, links);
}

function renderWithin(template: string, review: Review, links: LinkOptions, prose?: ReviewProse): string {
  let text = '';
  for (const itemsPerSection of itemCaps) {
    text = renderTemplate(template, withProse(buildReviewView(review, links, { itemsPerSection }), prose, itemsPerSection));
    if (text.length <= githubTextLimit) return text;
  }
  return text.slice(0, githubTextLimit - 200) + '\n\n_The review is too long to show here; run `api-review review --format json` for all of it._\n';
}
