// analyze: `allOf`, `anyOf` and `oneOf` members added or removed, and the walk into matched
// members. An `allOf` member that carries only annotations changes nothing on the wire and has
// its own `*-annotation-only` ids.
import { resolveNode } from '../../specs/resolve-node.js';
import type { LoadedSpec } from '../../specs/loaded-spec.js';
import { listMembers, matchMembers, type Member } from './member-matching.js';
import type { NodeComparison } from './node-comparison.js';
import { asSchema } from './schema-object.js';

export interface CompositionOptions {
  /** A list-of-types transition claims the anyOf/oneOf membership changes. */
  skipAlternatives: boolean;
  /** A body wrapped in oneOf claims the oneOf membership changes. */
  skipOneOf: boolean;
}

const annotationKeys = new Set(['title', 'description', 'example', 'examples', '$comment', 'externalDocs', 'deprecated']);

const keywordAspect: Readonly<Record<string, string>> = { allOf: 'all-of', anyOf: 'any-of', oneOf: 'one-of' };

export function compareComposition(comparison: NodeComparison, options: CompositionOptions): void {
  for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
    const skip = keyword === 'oneOf' ? options.skipAlternatives || options.skipOneOf : keyword === 'anyOf' && options.skipAlternatives;
    const base = listMembers(comparison.state.base, comparison.baseNode, keyword);
    const head = listMembers(comparison.state.head, comparison.headNode, keyword);
    if (base.length === 0 && head.length === 0) continue;
    const match = matchMembers(comparison.state, base, head);
    const aspect = keywordAspect[keyword] ?? keyword;
    if (!skip) {
      reportMembers(comparison, keyword, aspect, 'removed', match.removed, comparison.state.base);
      reportMembers(comparison, keyword, aspect, 'added', match.added, comparison.state.head);
    }
    for (const { base: baseMember, head: headMember } of match.pairs) {
      comparison.child(baseMember.node, headMember.node, `${keyword}[${headMember.label}]`);
    }
  }
}

/**
 * oasdiff reports the members a list gained (or lost) as one change naming them all; `allOf`
 * members that carry only annotations are one change of their own.
 */
function reportMembers(
  comparison: NodeComparison,
  keyword: string,
  aspect: string,
  change: 'added' | 'removed',
  members: readonly Member[],
  spec: LoadedSpec,
): void {
  const annotationOnly = (member: Member) => keyword === 'allOf' && isAnnotationOnly(resolveNode(spec, member.node).value);
  const side = change === 'added' ? 'head' : 'base';
  const verb = change === 'added' ? 'gained' : 'lost';
  for (const [group, suffix] of [[members.filter((member) => !annotationOnly(member)), ''], [members.filter(annotationOnly), '-annotation-only']] as const) {
    if (group.length === 0) continue;
    const names = group.map((member) => `\`${member.label}\``).join(', ');
    const detail = `${verb} the \`${keyword}\` member${group.length > 1 ? 's' : ''} ${names}`;
    comparison.aspect(`${aspect}-${change}${suffix}`, detail, side);
  }
}

function isAnnotationOnly(value: unknown): boolean {
  const schema = asSchema(value);
  return schema !== undefined && Object.keys(schema).every((key) => annotationKeys.has(key) || key.startsWith('x-'));
}
