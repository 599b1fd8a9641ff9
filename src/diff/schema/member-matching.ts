// analyze: which `allOf`/`anyOf`/`oneOf` member of the base is which member of the head, in
// oasdiff's order: same `$ref` component name, then identical content (so an inline member and a
// `$ref` to an equal component are one member), then the same `title`, then the single leftover.
import type { LoadedSpec, SpecNode } from '../../specs/loaded-spec.js';
import { childNode, isRef, resolveNode } from '../../specs/resolve-node.js';
import { asSchema, stringKeyword } from './schema-object.js';
import { equivalentSchemas } from './schema-equivalence.js';
import type { WalkState } from './walk-state.js';

export interface Member {
  node: SpecNode;
  /** How messages name the member: component name, title, or position. */
  label: string;
  refName: string | undefined;
  title: string | undefined;
}

export interface MemberMatch {
  pairs: { base: Member; head: Member }[];
  removed: Member[];
  added: Member[];
}

export function listMembers(spec: LoadedSpec, schemaNode: SpecNode, keyword: string): Member[] {
  const list = childNode(schemaNode, keyword);
  if (!Array.isArray(list.value)) return [];
  return list.value.map((value, index) => {
    const node = childNode(list, index);
    const refName = isRef(value) ? value.$ref.slice(value.$ref.lastIndexOf('/') + 1) : undefined;
    const resolved = asSchema(resolveNode(spec, node).value);
    const title = resolved === undefined ? undefined : stringKeyword(resolved, 'title');
    return { node, refName, title, label: refName ?? title ?? `#${index}` };
  });
}

export function matchMembers(state: WalkState, base: Member[], head: Member[]): MemberMatch {
  const leftBase = [...base];
  const leftHead = [...head];
  const pairs: MemberMatch['pairs'] = [];
  const pairBy = (same: (b: Member, h: Member) => boolean): void => {
    for (const baseMember of [...leftBase]) {
      const at = leftHead.findIndex((headMember) => same(baseMember, headMember));
      const headMember = leftHead[at];
      if (headMember === undefined) continue;
      pairs.push({ base: baseMember, head: headMember });
      leftHead.splice(at, 1);
      leftBase.splice(leftBase.indexOf(baseMember), 1);
    }
  };
  pairBy((b, h) => b.refName !== undefined && b.refName === h.refName);
  pairBy((b, h) => equivalentSchemas(state, b.node, h.node));
  pairBy((b, h) => b.title !== undefined && b.title === h.title);
  if (leftBase.length === 1 && leftHead.length === 1) pairBy(() => true);
  return { pairs, removed: leftBase, added: leftHead };
}
