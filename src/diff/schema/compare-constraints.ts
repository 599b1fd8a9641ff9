// analyze: numeric, length, item-count and `contains` limits. A limit raised, lowered, set where
// there was none or removed is one aspect each; which of them has an id (and its level) is the
// direction's business: a lower request `maxLength` breaks, a lower response `maxLength` has no id.
import type { NodeComparison } from './node-comparison.js';
import { numberKeyword } from './schema-object.js';

/** JSON Schema keyword -> oasdiff's aspect stem. */
const limits: readonly (readonly [string, string])[] = [
  ['minimum', 'min'],
  ['maximum', 'max'],
  ['exclusiveMinimum', 'exclusive-min'],
  ['exclusiveMaximum', 'exclusive-max'],
  ['minLength', 'min-length'],
  ['maxLength', 'max-length'],
  ['minItems', 'min-items'],
  ['maxItems', 'max-items'],
  ['minContains', 'min-contains'],
  ['maxContains', 'max-contains'],
];

/**
 * Limits whose absence means 0. oasdiff reads `minLength` as a plain number (absent = 0), so
 * adding one is an increase and removing one a decrease; there is no `*-min-length-set` id.
 */
const zeroWhenAbsent = new Set(['minLength']);

export function compareConstraints(comparison: NodeComparison): void {
  for (const [keyword, stem] of limits) {
    // 3.0's boolean exclusiveMinimum/exclusiveMaximum read as absent: only 3.1 numbers are limits.
    const implicit = zeroWhenAbsent.has(keyword) ? 0 : undefined;
    const base = numberKeyword(comparison.base, keyword) ?? implicit;
    const head = numberKeyword(comparison.head, keyword) ?? implicit;
    if (base !== undefined && head !== undefined) {
      if (head > base) comparison.aspect(`${stem}-increased`, `\`${keyword}\` was raised from ${base} to ${head}`);
      if (head < base) comparison.aspect(`${stem}-decreased`, `\`${keyword}\` was lowered from ${base} to ${head}`);
    } else if (head !== undefined) {
      comparison.aspect(`${stem}-set`, `\`${keyword}\` was set to ${head}`);
    } else if (base !== undefined) {
      comparison.aspect(`${stem}-unset`, `\`${keyword}\` (${base}) was removed`, 'base');
    }
  }
}
