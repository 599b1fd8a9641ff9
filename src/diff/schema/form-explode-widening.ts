// analyze: oasdiff's one exception to a parameter's type change being breaking: a scalar (or a union
// of scalars) that becomes an array under form/explode serialization (the default for query and
// cookie parameters), whose items accept every value the scalar did. On the wire `?token=a` is then
// a one-element array, so existing clients keep working (`request-parameter-type-generalized`).
import { childNode, resolveNode } from '../../specs/resolve-node.js';
import type { NodeComparison } from './node-comparison.js';
import { asSchema, valueTypes, type SchemaObject } from './schema-object.js';
import { equivalentSchemas } from './schema-equivalence.js';
import { typesContained } from './type-lattice.js';

/** Compared on their own axes, so left out of the value-constraint comparison. */
const typeKeywords = new Set(['type', 'nullable', 'description', 'example', 'examples', '$comment', 'externalDocs']);

export function isScalarToFormExplodeArray(comparison: NodeComparison): boolean {
  const { site, root } = comparison.position;
  if (site.subject !== 'parameter' || !root || site.formExploded !== true) return false;
  const baseTypes = valueTypes(comparison.base);
  const headTypes = valueTypes(comparison.head);
  const added = headTypes.filter((type) => !baseTypes.includes(type));
  if (added.length !== 1 || added[0] !== 'array' || baseTypes.length === 0) return false;
  const itemsNode = resolveNode(comparison.state.head, childNode(comparison.headNode, 'items'));
  const items = asSchema(itemsNode.value);
  if (items === undefined) return false;
  // Every value on the wire is text: the weak lattice, where anything fits a string.
  if (!typesContained(valueTypes(items), baseTypes, false)) return false;
  return sameValueConstraints(comparison, comparison.base, items, itemsNode);
}

/** The items must not add or tighten any constraint the scalar did not have. */
function sameValueConstraints(
  comparison: NodeComparison,
  base: SchemaObject,
  items: SchemaObject,
  itemsNode: ReturnType<typeof resolveNode>,
): boolean {
  const keys = (schema: SchemaObject) => Object.keys(schema).filter((key) => !typeKeywords.has(key)).sort();
  const baseKeys = keys(base);
  const itemKeys = keys(items);
  if (baseKeys.join('\u0000') !== itemKeys.join('\u0000')) return false;
  return baseKeys.every((key) =>
    equivalentSchemas(comparison.state, childNode(comparison.baseNode, key), childNode(itemsNode, key)),
  );
}
