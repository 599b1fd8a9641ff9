// analyze: the remaining structure: `items`, `additionalProperties`, `not`, the JSON Schema
// 2020-12 subschema keywords (if/then/else, contains, propertyNames, unevaluated*, contentSchema,
// prefixItems, dependentSchemas, patternProperties), `dependentRequired` and content encoding.
// Presence changes are aspects; subschemas both sides have are walked.
import { childNode } from '../../specs/resolve-node.js';
import { jsonEqual } from './json-equal.js';
import type { NodeComparison } from './node-comparison.js';
import { asSchema, has, listKeyword, mapKeyword, stringKeyword, type SchemaObject } from './schema-object.js';

/** Subschema keywords whose presence is an aspect of its own. */
const presenceKeywords: readonly (readonly [string, string])[] = [
  ['if', 'if'],
  ['then', 'then'],
  ['else', 'else'],
  ['contains', 'contains'],
  ['propertyNames', 'property-names'],
  ['unevaluatedItems', 'unevaluated-items'],
  ['unevaluatedProperties', 'unevaluated-properties'],
  ['contentSchema', 'content-schema'],
];

/** Subschema keywords that are walked but whose presence has no id. */
const walkedKeywords = ['items', 'additionalProperties', 'not'];

export function compareStructure(comparison: NodeComparison): void {
  for (const [keyword, aspect] of presenceKeywords) comparePresence(comparison, keyword, aspect);
  compareAdditionalProperties(comparison);
  for (const keyword of walkedKeywords) walkKeyword(comparison, keyword);
  compareContentKeyword(comparison, 'contentEncoding', 'content-encoding-changed');
  compareContentKeyword(comparison, 'contentMediaType', 'content-media-type-changed');
  comparePrefixItems(comparison);
  compareSchemaMap(comparison, 'dependentSchemas', 'dependent-schema');
  compareSchemaMap(comparison, 'patternProperties', 'pattern-property');
  compareDependentRequired(comparison);
}

/** `true` as a subschema constrains nothing: it reads as absent. */
function constrains(schema: SchemaObject, keyword: string): boolean {
  return has(schema, keyword) && schema[keyword] !== true;
}

function comparePresence(comparison: NodeComparison, keyword: string, aspect: string): void {
  const inBase = constrains(comparison.base, keyword);
  const inHead = constrains(comparison.head, keyword);
  if (inBase && !inHead) comparison.aspect(`${aspect}-removed`, `lost its \`${keyword}\``, 'base');
  else if (!inBase && inHead) comparison.aspect(`${aspect}-added`, `gained a \`${keyword}\``);
  else if (inBase && inHead) walkKeyword(comparison, keyword);
}

/**
 * Ours (oasdiff is silent): properties a schema does not name were free and now are refused
 * (`false`) or must match a schema. Between two schemas, the walk below judges the narrowing.
 */
function compareAdditionalProperties(comparison: NodeComparison): void {
  const before = comparison.base.additionalProperties;
  const after = comparison.head.additionalProperties;
  const newlyRestricted = !restrictsAdditional(before) && restrictsAdditional(after);
  const schemaToFalse = restrictsAdditional(before) && before !== false && after === false;
  if (!newlyRestricted && !schemaToFalse) return;
  const detail = after === false ? 'no longer allows properties it does not name' : 'now restricts the properties it does not name to a schema';
  comparison.aspect('additional-properties-narrowed', detail);
}

/** `true`, `{}` and absence allow anything. */
function restrictsAdditional(value: unknown): boolean {
  if (value === false) return true;
  const schema = asSchema(value);
  return schema !== undefined && Object.keys(schema).length > 0;
}

function walkKeyword(comparison: NodeComparison, keyword: string): void {
  if (asSchema(comparison.base[keyword]) === undefined || asSchema(comparison.head[keyword]) === undefined) return;
  comparison.child(childNode(comparison.baseNode, keyword), childNode(comparison.headNode, keyword), keyword);
}

function compareContentKeyword(comparison: NodeComparison, keyword: string, aspect: string): void {
  const base = stringKeyword(comparison.base, keyword);
  const head = stringKeyword(comparison.head, keyword);
  if (base !== head) comparison.aspect(aspect, `\`${keyword}\` changed from \`${base ?? 'none'}\` to \`${head ?? 'none'}\``);
}

function comparePrefixItems(comparison: NodeComparison): void {
  const base = listKeyword(comparison.base, 'prefixItems') ?? [];
  const head = listKeyword(comparison.head, 'prefixItems') ?? [];
  const shared = Math.min(base.length, head.length);
  for (let index = 0; index < shared; index += 1) {
    const baseList = childNode(comparison.baseNode, 'prefixItems');
    const headList = childNode(comparison.headNode, 'prefixItems');
    comparison.child(childNode(baseList, index), childNode(headList, index), `prefixItems[${index}]`);
  }
  for (let index = shared; index < head.length; index += 1) {
    comparison.aspect('prefix-items-added', `gained the \`prefixItems\` entry ${index}`);
  }
  for (let index = shared; index < base.length; index += 1) {
    comparison.aspect('prefix-items-removed', `lost the \`prefixItems\` entry ${index}`, 'base');
  }
}

function compareSchemaMap(comparison: NodeComparison, keyword: string, aspect: string): void {
  const base = mapKeyword(comparison.base, keyword) ?? {};
  const head = mapKeyword(comparison.head, keyword) ?? {};
  for (const key of Object.keys(base)) {
    if (!has(head, key)) {
      comparison.aspect(`${aspect}-removed`, `lost the \`${keyword}\` entry \`${key}\``, 'base');
      continue;
    }
    const baseMap = childNode(comparison.baseNode, keyword);
    const headMap = childNode(comparison.headNode, keyword);
    comparison.child(childNode(baseMap, key), childNode(headMap, key), `${keyword}[${key}]`);
  }
  for (const key of Object.keys(head)) {
    if (!has(base, key)) comparison.aspect(`${aspect}-added`, `gained the \`${keyword}\` entry \`${key}\``);
  }
}

function compareDependentRequired(comparison: NodeComparison): void {
  const base = mapKeyword(comparison.base, 'dependentRequired') ?? {};
  const head = mapKeyword(comparison.head, 'dependentRequired') ?? {};
  for (const key of Object.keys(base)) {
    if (!has(head, key)) comparison.aspect('dependent-required-removed', `lost the \`dependentRequired\` rule for \`${key}\``, 'base');
    else if (!sameNames(base[key], head[key])) {
      comparison.aspect('dependent-required-changed', `changed the \`dependentRequired\` rule for \`${key}\``);
    }
  }
  for (const key of Object.keys(head)) {
    if (!has(base, key)) comparison.aspect('dependent-required-added', `gained a \`dependentRequired\` rule for \`${key}\``);
  }
}

function sameNames(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return jsonEqual(a, b);
  return a.length === b.length && a.every((name) => b.includes(name));
}
