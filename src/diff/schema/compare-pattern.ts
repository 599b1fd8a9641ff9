// analyze: `pattern`. Adding one narrows, replacing one may narrow (oasdiff cannot compare
// regular expressions: a warning in requests), replacing it by `.*` widens, removing it widens.
import type { NodeComparison } from './node-comparison.js';
import { stringKeyword, type SchemaObject } from './schema-object.js';

const matchAnything = new Set(['.*', '^.*$', '.*$', '^.*']);

export function comparePattern(comparison: NodeComparison): void {
  const base = patternOf(comparison.base);
  const head = patternOf(comparison.head);
  if (base === head) return;
  if (base === undefined && head !== undefined) {
    comparison.aspect('pattern-added', `gained the pattern \`${head}\``);
  } else if (head === undefined && base !== undefined) {
    comparison.aspect('pattern-removed', `lost the pattern \`${base}\``, 'base');
  } else if (head !== undefined && matchAnything.has(head)) {
    // Only requests have a `-generalized` id; a response reports the same edit as `-changed`.
    const generalized = `pattern changed from \`${base ?? ''}\` to the match-anything \`${head}\``;
    if (comparison.position.site.direction === 'request') comparison.aspect('pattern-generalized', generalized);
    else comparison.aspect('pattern-changed', generalized);
  } else {
    comparison.aspect('pattern-changed', `pattern changed from \`${base ?? ''}\` to \`${head ?? ''}\``);
  }
}

/** oasdiff reads `pattern` as a Go string: an empty pattern is the same as none. */
function patternOf(schema: SchemaObject): string | undefined {
  const pattern = stringKeyword(schema, 'pattern');
  return pattern === '' ? undefined : pattern;
}
