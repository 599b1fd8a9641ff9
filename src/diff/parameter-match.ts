// analyze: pairing parameters like oasdiff: by (in, name), header names case-insensitively, and
// path parameters through the positional rename of the path template (`{id}` -> `{petId}`).
// Path-item and operation parameters are matched separately (oasdiff does not merge them).
import type { LoadedSpec, SpecNode } from '../specs/loaded-spec.js';
import { childOf, fieldOf, isObject, itemsOf } from './spec-nodes.js';

export interface ParameterSide {
  name: string;
  in: string;
  /** The parameter object (resolved). */
  node: SpecNode;
}

export interface ParameterPair {
  base: ParameterSide;
  head: ParameterSide;
}

export interface ParameterMatch {
  removed: ParameterSide[];
  added: ParameterSide[];
  pairs: ParameterPair[];
}

/** The parameters declared directly on an operation or a path item. */
export function parametersOf(spec: LoadedSpec, owner: SpecNode): ParameterSide[] {
  return itemsOf(spec, childOf(spec, owner, 'parameters')).flatMap((node) => {
    const name = fieldOf(node, 'name');
    const location = fieldOf(node, 'in');
    if (!isObject(node.value) || typeof name !== 'string' || typeof location !== 'string') return [];
    return [{ name, in: location, node }];
  });
}

export function matchParameters(
  base: readonly ParameterSide[],
  head: readonly ParameterSide[],
  pathRenames: ReadonlyMap<string, string>,
): ParameterMatch {
  const pairs: ParameterPair[] = [];
  const removed: ParameterSide[] = [];
  const used = new Set<ParameterSide>();
  for (const baseParameter of base) {
    const headParameter = head.find((candidate) => !used.has(candidate) && sameParameter(baseParameter, candidate, pathRenames));
    if (headParameter) {
      used.add(headParameter);
      pairs.push({ base: baseParameter, head: headParameter });
    } else {
      removed.push(baseParameter);
    }
  }
  return { removed, added: head.filter((parameter) => !used.has(parameter)), pairs };
}

function sameParameter(base: ParameterSide, head: ParameterSide, pathRenames: ReadonlyMap<string, string>): boolean {
  if (base.in !== head.in) return false;
  if (base.in === 'header') return base.name.toLowerCase() === head.name.toLowerCase();
  // Template parameters match by position (a rename); one the template does not name, by its name.
  if (base.in === 'path' && pathRenames.has(base.name)) return pathRenames.get(base.name) === head.name;
  return base.name === head.name;
}

/** The schema of a parameter: `schema`, or the schema of its single `content` entry. */
export function parameterSchema(spec: LoadedSpec, parameter: SpecNode): SpecNode {
  const schema = childOf(spec, parameter, 'schema');
  if (schema.value !== undefined) return schema;
  const content = childOf(spec, parameter, 'content');
  const first = isObject(content.value) ? Object.keys(content.value)[0] : undefined;
  return first === undefined ? schema : childOf(spec, childOf(spec, content, first), 'schema');
}

export function isRequired(node: SpecNode): boolean {
  return fieldOf(node, 'required') === true;
}

export function isDeprecated(node: SpecNode): boolean {
  return fieldOf(node, 'deprecated') === true;
}
