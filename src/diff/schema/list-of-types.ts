// analyze: a scalar turned into a `oneOf`/`anyOf` of scalar types (or back, or such a list that
// gained or lost types) is one change, `*-list-of-types-widened|narrowed`; the raw type and
// member changes it implies are not reported on their own.
import { childNode, resolveNode } from '../../specs/resolve-node.js';
import type { LoadedSpec } from '../../specs/loaded-spec.js';
import type { ResolvedNode } from '../../specs/resolve-node.js';
import type { NodeComparison } from './node-comparison.js';
import { asSchema, has, listKeyword, valueTypes, type SchemaObject } from './schema-object.js';

export interface ListOfTypesChange {
  aspect: string;
  detail: string;
}

interface TypePattern {
  types: string[];
  list: boolean;
}

const scalarTypes = new Set(['string', 'number', 'integer', 'boolean']);

export function listOfTypesChange(comparison: NodeComparison): ListOfTypesChange | undefined {
  const base = typePattern(comparison.state.base, comparison.baseNode, comparison.base);
  const head = typePattern(comparison.state.head, comparison.headNode, comparison.head);
  if (base === undefined || head === undefined || (!base.list && !head.list)) return undefined;
  const added = head.types.filter((type) => !base.types.includes(type));
  const deleted = base.types.filter((type) => !head.types.includes(type));
  if (added.length === 0 && deleted.length === 0) return undefined;
  const request = comparison.position.site.direction === 'request';
  const narrowed = request ? deleted.length > 0 : added.length === 0;
  const changed = narrowed ? deleted : added;
  return {
    aspect: narrowed ? 'list-of-types-narrowed' : 'list-of-types-widened',
    detail: `${narrowed ? 'no longer allows' : 'now allows'} ${changed.map((type) => `\`${type}\``).join(', ')}`,
  };
}

function typePattern(spec: LoadedSpec, node: ResolvedNode, schema: SchemaObject): TypePattern | undefined {
  if (has(schema, 'not') || has(schema, 'allOf') || has(schema, 'properties')) return undefined;
  const [single] = valueTypes(schema);
  if (single !== undefined) return { types: [single], list: false };
  for (const keyword of ['oneOf', 'anyOf']) {
    const members = listKeyword(schema, keyword);
    if (members === undefined || members.length === 0) continue;
    const types = members.map((_, index) => scalarType(resolveNode(spec, childNode(childNode(node, keyword), index)).value));
    if (types.every((type): type is string => type !== undefined)) return { types: [...new Set(types)], list: true };
    return undefined;
  }
  return undefined;
}

function scalarType(value: unknown): string | undefined {
  const schema = asSchema(value);
  if (schema === undefined || has(schema, 'properties') || has(schema, 'oneOf') || has(schema, 'anyOf') || has(schema, 'allOf')) {
    return undefined;
  }
  const types = valueTypes(schema);
  const [type] = types;
  return types.length === 1 && type !== undefined && scalarTypes.has(type) ? type : undefined;
}
