// analyze: the comparison of one pair of resolved schemas. Single edits that show up as several
// raw differences (a nullable wrapper, a list of types, a body wrapped in oneOf) are recognised
// first and reported once, as oasdiff does; then every aspect is compared and children walked.
import type { SpecNode } from '../../specs/loaded-spec.js';
import type { ResolvedNode } from '../../specs/resolve-node.js';
import { aspectIds, type SchemaPosition } from './check-ids.js';
import { compareComposition } from './compare-composition.js';
import { compareConstraints } from './compare-constraints.js';
import { compareDeprecation } from './compare-deprecation.js';
import { compareDiscriminator } from './compare-discriminator.js';
import { compareNullability } from './compare-nullability.js';
import { comparePattern } from './compare-pattern.js';
import { compareProperties } from './compare-properties.js';
import { compareStructure } from './compare-structure.js';
import { compareType } from './compare-type.js';
import { compareValues } from './compare-values.js';
import { listOfTypesChange } from './list-of-types.js';
import type { NodeComparison } from './node-comparison.js';
import { nullableWrapperTransition } from './nullable-wrapper.js';
import { oneOfWrapping } from './one-of-wrapping.js';
import { asSchema, flag, type SchemaObject } from './schema-object.js';
import type { Frame, WalkPair, WalkState } from './walk-state.js';

export function compareNode(
  state: WalkState,
  frame: Frame,
  baseNode: ResolvedNode,
  headNode: ResolvedNode,
  root: boolean,
  walk: WalkPair,
): void {
  const base = asSchema(baseNode.value);
  const head = asSchema(headNode.value);
  if (base === undefined || head === undefined) return;
  const comparison = nodeComparison(state, frame, { base, head, baseNode, headNode, root }, walk);

  const wrapper = nullableWrapperTransition(comparison);
  if (wrapper !== undefined) {
    if (wrapper.aspect !== undefined) comparison.aspect(wrapper.aspect, wrapper.detail);
    walk(state, frame, wrapper.base, wrapper.head, root);
    return;
  }

  const listOfTypes = listOfTypesChange(comparison);
  const wrapping = oneOfWrapping(comparison);
  if (listOfTypes !== undefined) comparison.aspect(listOfTypes.aspect, listOfTypes.detail);
  if (wrapping !== undefined && root && state.site.subject === 'body') {
    comparison.aspect('wrapped-in-one-of', `was wrapped into a \`oneOf\` of ${wrapping.alternatives} alternatives`);
  }
  if (listOfTypes === undefined && wrapping === undefined) compareType(comparison);
  compareNullability(comparison);
  compareValues(comparison);
  compareConstraints(comparison);
  comparePattern(comparison);
  compareProperties(comparison, wrapping?.moved ?? new Set());
  compareComposition(comparison, {
    skipAlternatives: listOfTypes !== undefined,
    skipOneOf: wrapping !== undefined && root && state.site.subject === 'body',
  });
  compareStructure(comparison);
  compareDiscriminator(comparison);
  compareDeprecation(comparison);
}

interface Pair {
  base: SchemaObject;
  head: SchemaObject;
  baseNode: ResolvedNode;
  headNode: ResolvedNode;
  root: boolean;
}

function nodeComparison(state: WalkState, frame: Frame, pair: Pair, walk: WalkPair): NodeComparison {
  const position: SchemaPosition = {
    site: state.site,
    root: pair.root,
    itemsOfRoot: frame.path.length === 1 && frame.path[0] === 'items',
    readOnly: flag(pair.head, 'readOnly'),
    writeOnly: flag(pair.head, 'writeOnly'),
  };
  const emit = (ids: readonly string[], path: readonly string[], detail: string, side: 'base' | 'head', node: SpecNode): void => {
    if (ids.length > 0) frame.recording.items.push({ kind: 'event', event: { ids, path, node: plainNode(node), side, detail } });
  };
  return {
    state,
    position,
    ...pair,
    path: frame.path,
    aspect: (aspect, detail, side = 'head') =>
      emit(aspectIds(position, aspect), frame.path, detail, side, side === 'head' ? pair.headNode : pair.baseNode),
    childIds: (ids, segment, detail, side, node) => emit(ids, [...frame.path, segment], detail, side, node),
    child: (base, head, segment) => walk(state, { recording: frame.recording, path: [...frame.path, segment] }, base, head, false),
  };
}

/** Reported nodes carry no resolution details (`ref`), only where the value stands. */
function plainNode(node: SpecNode): SpecNode {
  return { value: node.value, file: node.file, path: node.path };
}

