// analyze: a concrete object turned into a `oneOf` of object alternatives (oasdiff #702). Its
// properties moved into the alternatives rather than disappearing, so they are not reported as
// removed; at a body root the change is reported once as `*-body-wrapped-in-one-of`.
import { childNode, resolveNode } from '../../specs/resolve-node.js';
import type { NodeComparison } from './node-comparison.js';
import { asSchema, has, listKeyword, mapKeyword, valueTypes } from './schema-object.js';

export interface OneOfWrapping {
  alternatives: number;
  /** Base property names found in at least one alternative. */
  moved: ReadonlySet<string>;
}

export function oneOfWrapping(comparison: NodeComparison): OneOfWrapping | undefined {
  const { base, head, headNode, state } = comparison;
  const baseProperties = mapKeyword(base, 'properties');
  if (has(base, 'oneOf') || baseProperties === undefined || Object.keys(baseProperties).length === 0) return undefined;
  const alternatives = listKeyword(head, 'oneOf');
  if (alternatives === undefined || alternatives.length === 0) return undefined;
  if (has(head, 'properties') || valueTypes(head).length > 0) return undefined;
  const alternativeProperties = alternatives.map((_, index) => {
    const member = asSchema(resolveNode(state.head, childNode(childNode(headNode, 'oneOf'), index)).value);
    return member === undefined ? undefined : mapKeyword(member, 'properties');
  });
  const moved = new Set(
    Object.keys(baseProperties).filter((name) => alternativeProperties.some((properties) => properties !== undefined && has(properties, name))),
  );
  return moved.size === 0 ? undefined : { alternatives: alternatives.length, moved };
}
