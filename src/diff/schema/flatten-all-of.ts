// analyze: `breaking.flatten_allof` — a schema with `allOf` compared as the one schema its members
// and itself merge into, as oasdiff's `--flatten-allof` does, so wrapping a schema in `allOf` or
// moving a property between a member and the parent is no change. The merged schema has no place
// in the files: its own keywords are located at the schema holding the `allOf`; every subschema
// (a property, `items`) keeps the place it is declared in (the first one, where several merge).
import type { LoadedSpec, SpecNode } from '../../specs/loaded-spec.js';
import { assembledValue, childNode, resolveNode, type ResolvedNode } from '../../specs/resolve-node.js';
import { jsonEqual } from './json-equal.js';
import { locationKey } from './schema-memo.js';
import { asSchema, listKeyword, rawTypes, type SchemaObject } from './schema-object.js';

/** Merged values by the value that held the `allOf`; `null`: it cannot be merged, compare as written. */
const merged = new WeakMap<object, SchemaObject | null>();

/**
 * Both schemas with their `allOf` merged in. When either side has an `allOf` oasdiff could not merge
 * (conflicting types, formats, defaults; an `allOf` that reaches itself), both are compared as written,
 * member by member, as without the option: half a merge would report edits nobody made.
 */
export function flattenAllOfPair(specs: { base: LoadedSpec; head: LoadedSpec }, base: ResolvedNode, head: ResolvedNode): { base: ResolvedNode; head: ResolvedNode } {
  const baseValue = mergedValue(specs.base, base);
  const headValue = mergedValue(specs.head, head);
  if (baseValue === null || headValue === null) return { base, head };
  return {
    base: baseValue === undefined ? base : { ...base, value: baseValue },
    head: headValue === undefined ? head : { ...head, value: headValue },
  };
}

/** The merged schema; `undefined` without `allOf`, `null` when it cannot be merged. */
function mergedValue(spec: LoadedSpec, node: ResolvedNode): SchemaObject | null | undefined {
  const schema = asSchema(node.value);
  if (schema === undefined || listKeyword(schema, 'allOf') === undefined) return undefined;
  let value = merged.get(schema);
  if (value === undefined) {
    value = mergeHolder(spec, node, new Set()) ?? null;
    merged.set(schema, value);
  }
  return value;
}

function mergeHolder(spec: LoadedSpec, holder: SpecNode, open: Set<string>): SchemaObject | undefined {
  const key = locationKey(holder);
  if (open.has(key)) return undefined;
  open.add(key);
  const sources: SpecNode[] = [holder];
  const members = childNode(holder, 'allOf');
  for (const [index] of (listKeyword(asSchema(holder.value) ?? {}, 'allOf') ?? []).entries()) {
    const member = resolveNode(spec, childNode(members, index));
    const memberSchema = asSchema(member.value);
    if (memberSchema === undefined) return undefined;
    if (listKeyword(memberSchema, 'allOf') === undefined) {
      sources.push(member);
      continue;
    }
    const flat = mergeHolder(spec, member, open);
    if (flat === undefined) return undefined;
    sources.push({ ...member, value: flat });
  }
  open.delete(key);
  return mergeSources({ spec, open }, sources);
}

/** Keywords of the outer schema only: oasdiff does not merge them from the members. */
const outerOnly = new Set(['deprecated', 'x-sunset', 'example', 'examples', 'externalDocs', 'xml', 'title', 'description']);
const lowerBounds = new Set(['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties', 'minContains']);
const upperBounds = new Set(['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties', 'maxContains']);
/** Subschemas that merge as the `allOf` of every declaration (a value must satisfy each). */
const intersectedSchemas = new Set(['items', 'contains', 'propertyNames']);
/** Subschema lists and single subschemas oasdiff keeps as one member declares them (two are a conflict here). */
const singleSubschemas = new Set(['not', 'oneOf', 'anyOf', 'prefixItems', 'if', 'then', 'else', 'discriminator']);

type Merge = { value: unknown; origin?: SpecNode } | 'conflict';

/** The spec members resolve in, and the `allOf` holders being merged (a cycle cannot be merged). */
interface MergeScope {
  spec: LoadedSpec;
  open: Set<string>;
}

function mergeSources(scope: MergeScope, sources: readonly SpecNode[]): SchemaObject | undefined {
  const [holder] = sources;
  if (holder === undefined) return undefined;
  const keys = new Set(sources.flatMap((source) => Object.keys(asSchema(source.value) ?? {})));
  keys.delete('allOf');
  const value: Record<string, unknown> = {};
  const origins = new Map<string, SpecNode>();
  for (const key of keys) {
    const declaring = sources.filter((source) => Object.prototype.hasOwnProperty.call(asSchema(source.value) ?? {}, key));
    const result = outerOnly.has(key) || key.startsWith('x-') ? outer(holder, key) : mergeKeyword(scope, key, declaring);
    if (result === 'conflict') return undefined;
    if (result === undefined) continue;
    value[key] = result.value;
    if (result.origin !== undefined) origins.set(key, result.origin);
  }
  return assembledValue(value, origins);
}

function outer(holder: SpecNode, key: string): Merge | undefined {
  const schema = asSchema(holder.value) ?? {};
  return Object.prototype.hasOwnProperty.call(schema, key) ? { value: schema[key] } : undefined;
}

function mergeKeyword(scope: MergeScope, key: string, declaring: readonly SpecNode[]): Merge | undefined {
  const values = declaring.map((source) => (asSchema(source.value) ?? {})[key]);
  const [first] = declaring;
  if (first === undefined) return undefined;
  if (declaring.length === 1) return { value: values[0], origin: childNode(first, key) };
  if (key === 'properties') return mergeProperties(scope, declaring);
  if (key === 'required') return { value: [...new Set(values.flatMap((list) => (Array.isArray(list) ? list : [])))] };
  if (key === 'type') return mergeTypes(values);
  if (key === 'enum') return intersectEnums(values);
  if (key === 'pattern') return mergePatterns(values);
  if (key === 'nullable') return { value: values.every((entry) => entry === true) };
  if (key === 'readOnly' || key === 'writeOnly' || key === 'uniqueItems') return { value: values.some((entry) => entry === true) };
  if (key === 'additionalProperties') return mergeAdditionalProperties(scope, declaring, values);
  if (intersectedSchemas.has(key)) return allOfNode(scope, declaring.map((source) => childNode(source, key)));
  if (singleSubschemas.has(key)) return sameOrConflict(values, childNode(first, key));
  const numbers = values.filter((entry): entry is number => typeof entry === 'number');
  if (numbers.length === values.length && lowerBounds.has(key)) return { value: Math.max(...numbers) };
  if (numbers.length === values.length && upperBounds.has(key)) return { value: Math.min(...numbers) };
  return sameOrConflict(values, childNode(first, key));
}

function sameOrConflict(values: readonly unknown[], origin: SpecNode): Merge {
  const [first] = values;
  return values.every((entry) => jsonEqual(entry, first)) ? { value: first, origin } : 'conflict';
}

/** oasdiff: "Type and format must be identical across subschemas or an error is returned". */
function mergeTypes(values: readonly unknown[]): Merge {
  const sets = values.map((entry) => [...new Set(rawTypes({ type: entry }))].sort().join(','));
  return sets.every((entry) => entry === sets[0]) ? { value: values[0] } : 'conflict';
}

function intersectEnums(values: readonly unknown[]): Merge {
  const lists = values.map((entry) => (Array.isArray(entry) ? entry : []));
  const [first = [], ...rest] = lists;
  return { value: first.filter((candidate: unknown) => rest.every((list) => list.some((other: unknown) => jsonEqual(other, candidate)))) };
}

/** oasdiff joins distinct patterns as lookaheads: `(?=foo)(?=bar)`. */
function mergePatterns(values: readonly unknown[]): Merge {
  const patterns = [...new Set(values.filter((entry): entry is string => typeof entry === 'string' && entry !== ''))];
  if (patterns.length <= 1) return { value: patterns[0] ?? '' };
  return { value: patterns.map((pattern) => `(?=${pattern})`).join('') };
}

/** `false` anywhere closes the object; otherwise the schemas given must all hold. */
function mergeAdditionalProperties(scope: MergeScope, declaring: readonly SpecNode[], values: readonly unknown[]): Merge {
  if (values.some((entry) => entry === false)) return { value: false };
  const schemas = declaring.filter((source) => asSchema((asSchema(source.value) ?? {}).additionalProperties) !== undefined);
  if (schemas.length === 0) return { value: true };
  return allOfNode(scope, schemas.map((source) => childNode(source, 'additionalProperties')));
}

/** Every property any source declares; one declared in several places is the `allOf` of them all. */
function mergeProperties(scope: MergeScope, declaring: readonly SpecNode[]): Merge {
  const maps = declaring.map((source) => childNode(source, 'properties'));
  const names = new Set(maps.flatMap((map) => Object.keys(asSchema(map.value) ?? {})));
  const value: Record<string, unknown> = {};
  const origins = new Map<string, SpecNode>();
  for (const name of names) {
    const declarations = maps.filter((map) => Object.prototype.hasOwnProperty.call(asSchema(map.value) ?? {}, name)).map((map) => childNode(map, name));
    const result = declarations.length === 1 ? { value: declarations[0]?.value, origin: declarations[0] } : allOfNode(scope, declarations);
    if (result === 'conflict') return 'conflict';
    value[name] = result.value;
    if (result.origin !== undefined) origins.set(name, result.origin);
  }
  return { value: assembledValue(value, origins) };
}

/**
 * Several declarations of one subschema, as the `allOf` of them (flattened in turn when compared),
 * placed at the first declaration. They are merged once here: a conflict inside (a property typed
 * `string` in one member and `boolean` in another) leaves the whole schema unmerged, as oasdiff
 * refuses the whole description.
 */
function allOfNode(scope: MergeScope, declarations: readonly SpecNode[]): Merge {
  const [first] = declarations;
  if (first === undefined) return { value: {} };
  const members = assembledValue(declarations.map((declaration) => declaration.value), new Map(declarations.map((declaration, index) => [index, declaration])));
  const list: SpecNode = { value: members, file: first.file, path: [...first.path, 'allOf'] };
  const value = assembledValue({ allOf: members }, new Map([['allOf', list]]));
  const origin = { value, file: first.file, path: first.path };
  return mergeHolder(scope.spec, origin, scope.open) === undefined ? 'conflict' : { value, origin };
}
