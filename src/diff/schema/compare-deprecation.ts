// analyze: a body property marked `deprecated` (optionally with `x-sunset`) or reactivated. The
// ids belong to the lifecycle family; the schema walk is the only place that sees properties.
import type { NodeComparison } from './node-comparison.js';
import { flag, has } from './schema-object.js';

export function compareDeprecation(comparison: NodeComparison): void {
  const { site, root } = comparison.position;
  if (site.subject !== 'body' || root) return;
  const before = flag(comparison.base, 'deprecated');
  const after = flag(comparison.head, 'deprecated');
  if (!before && after) {
    const withSunset = has(comparison.head, 'x-sunset');
    comparison.aspect(withSunset ? 'deprecated-with-sunset' : 'deprecated', withSunset ? 'was deprecated with a sunset date' : 'was deprecated');
  } else if (before && !after) {
    comparison.aspect('reactivated', 'is no longer deprecated');
  }
}
