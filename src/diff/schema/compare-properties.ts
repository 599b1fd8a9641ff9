// analyze: object properties by name: added, removed, made required or optional, made
// readOnly/writeOnly, and the walk into each property both sides have. Required lists are sets.
// `readOnly` properties are not sent, so requests ignore them; `writeOnly` ones are not
// returned, so responses use oasdiff's `*-write-only-*` variants for them.
import type { LoadedSpec, SpecNode } from '../../specs/loaded-spec.js';
import { childNode, resolveNode } from '../../specs/resolve-node.js';
import type { NodeComparison } from './node-comparison.js';
import { equivalentSchemas } from './schema-equivalence.js';
import { asSchema, flag, has, mapKeyword, stringList, type SchemaObject } from './schema-object.js';

interface Property {
  name: string;
  node: SpecNode;
  schema: SchemaObject;
}

interface ObjectSide {
  properties: Map<string, Property>;
  required: ReadonlySet<string>;
}

export function compareProperties(comparison: NodeComparison, moved: ReadonlySet<string>): void {
  const base = objectSide(comparison.state.base, comparison.baseNode, comparison.base);
  const head = objectSide(comparison.state.head, comparison.headNode, comparison.head);
  const rename = likelyRename(comparison, base, head, moved);
  if (rename !== undefined) reportRename(comparison, rename);
  for (const [name, property] of base.properties) {
    const other = head.properties.get(name);
    if (other === undefined) {
      if (!moved.has(name) && rename === undefined) reportRemoved(comparison, property, base.required.has(name));
    } else {
      compareRequired(comparison, property, other, base.required.has(name), head.required.has(name));
      compareAccess(comparison, property, other, head.required.has(name));
      comparison.child(property.node, other.node, name);
    }
  }
  for (const [name, property] of head.properties) {
    if (!base.properties.has(name) && rename === undefined) reportAdded(comparison, property, head.required.has(name));
  }
}

interface Rename {
  from: Property;
  to: Property;
}

/**
 * Ours: one body property removed and one added in the same object, with the same schema
 * (annotations aside) and the same requiredness, is most likely a rename. Anything less
 * certain (several candidates) stays a removal and an addition: we do not guess.
 */
function likelyRename(comparison: NodeComparison, base: ObjectSide, head: ObjectSide, moved: ReadonlySet<string>): Rename | undefined {
  // Below `not` a property is what clients must avoid: oasdiff's removal and addition stand.
  if (comparison.position.site.subject !== 'body' || comparison.path.includes('not')) return undefined;
  const removed = [...base.properties.values()].filter((property) => !head.properties.has(property.name) && !moved.has(property.name));
  const added = [...head.properties.values()].filter((property) => !base.properties.has(property.name));
  const [from] = removed;
  const [to] = added;
  if (removed.length !== 1 || added.length !== 1 || from === undefined || to === undefined) return undefined;
  if (base.required.has(from.name) !== head.required.has(to.name) || !relatedNames(from.name, to.name)) return undefined;
  // A property the client never sends (readOnly in a request) or never gets (writeOnly in a response) is no rename for it.
  const unseen = comparison.position.site.direction === 'request' ? 'readOnly' : 'writeOnly';
  if (flag(from.schema, unseen) || flag(to.schema, unseen)) return undefined;
  return equivalentSchemas(comparison.state, from.node, to.node) ? { from, to } : undefined;
}

/** One name contains the other (`name`, `displayName`) or they share a word of 3+ letters (`user_id`, `userIdentifier`). */
function relatedNames(before: string, after: string): boolean {
  const a = before.toLowerCase();
  const b = after.toLowerCase();
  if (a.includes(b) || b.includes(a)) return true;
  const words = (name: string) => name.split(/(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+/).map((word) => word.toLowerCase()).filter((word) => word.length >= 3);
  const shared = new Set(words(before));
  return words(after).some((word) => shared.has(word) || [...shared].some((other) => other.startsWith(word) || word.startsWith(other)));
}

function reportRename(comparison: NodeComparison, { from, to }: Rename): void {
  const detail = `probably renamed from \`${from.name}\` (\`${from.name}\` was removed and \`${to.name}\`, with the same schema, was added)`;
  comparison.childIds([`${comparison.position.site.direction}-property-renamed`], to.name, detail, 'head', to.node);
}

function objectSide(spec: LoadedSpec, node: SpecNode, schema: SchemaObject): ObjectSide {
  const properties = new Map<string, Property>();
  const declared = mapKeyword(schema, 'properties');
  for (const name of Object.keys(declared ?? {})) {
    const propertyNode = childNode(childNode(node, 'properties'), name);
    const resolved = asSchema(resolveNode(spec, propertyNode).value) ?? {};
    properties.set(name, { name, node: propertyNode, schema: resolved });
  }
  return { properties, required: new Set(stringList(schema, 'required')) };
}

function reportRemoved(comparison: NodeComparison, property: Property, required: boolean): void {
  const { site } = comparison.position;
  if (site.subject !== 'body') return;
  const writeOnly = flag(property.schema, 'writeOnly');
  let id: string;
  if (site.direction === 'request') {
    if (flag(property.schema, 'readOnly')) return;
    id = 'request-property-removed';
  } else {
    id = `response-${required ? 'required' : 'optional'}-${writeOnly ? 'write-only-' : ''}property-removed`;
  }
  comparison.childIds([id], property.name, `${required ? 'required ' : ''}property was removed`, 'base', property.node);
}

function reportAdded(comparison: NodeComparison, property: Property, required: boolean): void {
  const { site } = comparison.position;
  const readOnly = flag(property.schema, 'readOnly');
  let id: string | undefined;
  if (site.subject === 'body' && site.direction === 'request') {
    if (readOnly) return;
    if (!required) id = 'new-optional-request-property';
    else id = has(property.schema, 'default') ? 'new-required-request-property-with-default' : 'new-required-request-property';
  } else if (site.subject === 'body') {
    const writeOnly = flag(property.schema, 'writeOnly') ? 'write-only-' : '';
    id = `response-${required ? 'required' : 'optional'}-${writeOnly}property-added`;
  } else if (site.subject === 'parameter' && site.in === 'header' && required && !readOnly) {
    id = 'new-required-request-header-property';
  }
  if (id !== undefined) {
    comparison.childIds([id], property.name, `${required ? 'required' : 'optional'} property was added`, 'head', property.node);
  }
}

function compareRequired(
  comparison: NodeComparison,
  base: Property,
  head: Property,
  wasRequired: boolean,
  isRequired: boolean,
): void {
  if (wasRequired === isRequired) return;
  const { site } = comparison.position;
  const detail = isRequired ? 'became required' : 'became optional';
  const ids = requiredIds(site.subject, site.direction, site.in, isRequired, base, head, comparison.position.root);
  comparison.childIds(ids, head.name, detail, 'head', head.node);
}

function requiredIds(
  subject: string,
  direction: string,
  parameterIn: string | undefined,
  isRequired: boolean,
  base: Property,
  head: Property,
  parentIsRoot: boolean,
): string[] {
  if (subject === 'parameter') {
    return parameterIn === 'header' && isRequired && !flag(head.schema, 'readOnly') ? ['request-header-property-became-required'] : [];
  }
  if (subject !== 'body') return [];
  if (direction === 'request') {
    if (flag(head.schema, 'readOnly')) return [];
    if (!isRequired) return ['request-property-became-optional'];
    return [has(head.schema, 'default') ? 'request-property-became-required-with-default' : 'request-property-became-required'];
  }
  if (isRequired) {
    // oasdiff reads writeOnly on the head's property for the body's own properties, on the base's below.
    const writeOnly = flag((parentIsRoot ? head : base).schema, 'writeOnly');
    return [writeOnly ? 'response-write-only-property-became-required' : 'response-property-became-required'];
  }
  return [flag(base.schema, 'writeOnly') ? 'response-write-only-property-became-optional' : 'response-property-became-optional'];
}

/** readOnly / writeOnly flips of a property both sides have (bodies only). */
function compareAccess(comparison: NodeComparison, base: Property, head: Property, required: boolean): void {
  const { site } = comparison.position;
  if (site.subject !== 'body') return;
  const requiredness = required ? 'required' : 'optional';
  for (const [keyword, word] of [['readOnly', 'read-only'], ['writeOnly', 'write-only']] as const) {
    const before = flag(base.schema, keyword);
    const after = flag(head.schema, keyword);
    if (before === after) continue;
    const id = `${site.direction}-${requiredness}-property-became-${after ? '' : 'not-'}${word}`;
    comparison.childIds([id], head.name, after ? `became \`${keyword}\`` : `is no longer \`${keyword}\``, 'head', head.node);
  }
}
