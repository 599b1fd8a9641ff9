// analyze: the 3.1 idiom for a nullable `$ref`: `oneOf: [{type: "null"}, X]`. Wrapping or
// unwrapping is one change (became-(not-)nullable); the comparison then continues between the
// unwrapped schema and the other side, so the wrapper's raw oneOf/type echoes are never reported.
import type { LoadedSpec, SpecNode } from '../../specs/loaded-spec.js';
import { childNode, resolveNode, type ResolvedNode } from '../../specs/resolve-node.js';
import { isNullable } from './compare-nullability.js';
import type { NodeComparison } from './node-comparison.js';
import { asSchema, has, listKeyword, rawTypes, type SchemaObject } from './schema-object.js';

export interface WrapperTransition {
  /** `became-nullable` / `became-not-nullable`, or none when the other side was nullable already. */
  aspect: string | undefined;
  detail: string;
  /** The pair to compare instead: the unwrapped member against the other side. */
  base: SpecNode;
  head: SpecNode;
}

export function nullableWrapperTransition(comparison: NodeComparison): WrapperTransition | undefined {
  const { state, base, head, baseNode, headNode } = comparison;
  const baseMember = wrappedMember(state.base, baseNode, base);
  const headMember = wrappedMember(state.head, headNode, head);
  if (headMember !== undefined && baseMember === undefined) {
    return {
      aspect: isNullable(base) ? undefined : 'became-nullable',
      detail: 'now allows `null` (wrapped in a `oneOf` with `null`)',
      base: baseNode,
      head: headMember,
    };
  }
  if (baseMember !== undefined && headMember === undefined) {
    return {
      aspect: isNullable(head) ? undefined : 'became-not-nullable',
      detail: 'no longer allows `null` (the `oneOf` with `null` was removed)',
      base: baseMember,
      head: headNode,
    };
  }
  return undefined;
}

/** For `oneOf`/`anyOf: [{type: "null"}, X]` (either order), the node of X. */
function wrappedMember(spec: LoadedSpec, node: ResolvedNode, schema: SchemaObject): SpecNode | undefined {
  if (has(schema, 'type') || has(schema, 'properties')) return undefined;
  for (const keyword of ['oneOf', 'anyOf']) {
    const members = listKeyword(schema, keyword);
    if (members?.length !== 2) continue;
    const nodes = [0, 1].map((index) => childNode(childNode(node, keyword), index));
    const nullAt = nodes.findIndex((member) => isNullOnly(resolveNode(spec, member).value));
    if (nullAt !== -1) return nodes[1 - nullAt];
  }
  return undefined;
}

function isNullOnly(value: unknown): boolean {
  const schema = asSchema(value);
  if (schema === undefined) return false;
  const types = rawTypes(schema);
  return types.length === 1 && types[0] === 'null';
}
