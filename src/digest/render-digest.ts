// digest (render): the issue body, kept under GitHub's 65,536-character limit by listing fewer
// links behind each number and fewer specs per table, never by cutting the text mid-way.
import { renderTemplate } from '../render/handlebars-env.js';
import type { Digest } from './compute-digest.js';
import { buildDigestView, type ViewOptions } from './digest-view.js';

const issueBodyLimit = 65_536;
const caps: ViewOptions[] = [
  { linksPerNumber: 20, rowsPerTable: 200 },
  { linksPerNumber: 5, rowsPerTable: 50 },
  { linksPerNumber: 0, rowsPerTable: 10 },
];

export function renderDigest(digest: Digest): string {
  let body = '';
  for (const options of caps) {
    body = renderTemplate('digest', buildDigestView(digest, options));
    if (body.length <= issueBodyLimit) return body;
  }
  return `${body.slice(0, issueBodyLimit - 200)}\n\n_The digest is too long for one issue; the rest was left out._\n`;
}
