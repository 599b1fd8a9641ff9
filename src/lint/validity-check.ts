// analyze: most examples in a description are valid, and a valid example only needs AJV to say
// so; the errors of a compiled validator matter only for the invalid few. Compiling every
// resolved schema in full costs most of example validation (GitHub's description: 1,824 schemas,
// 5.3 M characters, with the same shared schemas inlined again in each), though the distinct
// sub-schemas among them hold a seventh of that. This builds a validity check that compiles each
// distinct sub-schema once: large sub-schemas are registered by content in an AJV instance
// configured like the one that asked, and replaced by a `$ref` to it. `$ref` to a registered
// schema validates exactly as the schema written in its place (no `$ref`, ids, dynamic scopes or
// `unevaluated*` anywhere, which are the only things that make a sub-schema's meaning depend on
// where it sits), and every sub-schema still goes through AJV's own compilation and meta-schema
// check. Anything else, or any error while building the check, means no check: the caller
// compiles the schema as it is.
import { createHash } from 'node:crypto';

export interface AjvInstance {
  opts: Record<string, unknown> & { allErrors?: boolean; code: { optimize?: number | boolean } };
  formats: Record<string, unknown>;
  RULES: { keywords: Record<string, unknown> };
  compile(schema: unknown): Validator;
  addSchema(schema: object, key: string): unknown;
  addFormat(name: string, format: unknown): unknown;
  removeSchema(schema: object): unknown;
}
export type Validator = ((data: unknown) => boolean) & { errors?: unknown };
type AjvConstructor = new (options: Record<string, unknown>) => AjvInstance;

/** Keywords whose meaning depends on where a schema sits or that name other schemas. */
const PLACE_DEPENDENT = new Set(['$ref', '$id', 'id', '$schema', '$anchor', '$dynamicRef', '$dynamicAnchor', '$recursiveRef', '$recursiveAnchor', 'unevaluatedProperties', 'unevaluatedItems']);
const ONE_SCHEMA = new Set(['not', 'additionalProperties', 'additionalItems', 'items', 'contains', 'propertyNames', 'if', 'then', 'else', 'contentSchema']);
const LIST_OF_SCHEMAS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items']);
const MAP_OF_SCHEMAS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas', 'dependencies']);

/** A sub-schema shorter than this (as JSON) stays written in place: a call would cost more than it saves. */
const SMALLEST_SHARED = 256;
/** Characters of sub-schemas one instance keeps registered before it is replaced by a fresh one. */
const MAX_REGISTERED_CHARS = 16 * 1024 * 1024;

interface CheckInstance {
  ajv: AjvInstance;
  /** Keywords the asking instance knows and this one does not: a schema using one gets no check. */
  missingKeywords: Set<string>;
  registered: Set<string>;
  registeredChars: number;
}

const instances = new Map<string, CheckInstance | 'unlike'>();
const checkInstances = new WeakSet<object>();

/** True for the instances this module compiles its checks with. */
export function isCheckInstance(ajv: object): boolean {
  return checkInstances.has(ajv);
}

/** Forgets every registered sub-schema. */
export function resetValidityChecks(): void {
  instances.clear();
}

/**
 * A function that tells whether data is valid against `schema`, as `source` would compile it,
 * sharing compiled sub-schemas with earlier schemas of the same `configuration`; undefined when
 * the schema has nothing worth sharing or cannot be checked this way.
 */
export function validityCheck(source: AjvInstance, configuration: string, schema: object): Validator | undefined {
  const instance = checkInstanceFor(source, configuration);
  if (instance === undefined) return undefined;
  try {
    const sharing = { instance, references: 0 };
    const root = shared(schema, sharing);
    if (sharing.references === 0) return undefined;
    const validate = instance.ajv.compile(root);
    instance.ajv.removeSchema(root as object);
    return validate;
  } catch {
    // Not checkable this way (a place-dependent keyword, an invalid sub-schema): the caller
    // compiles the schema itself, which reports what AJV has to say about it.
    return undefined;
  }
}

function checkInstanceFor(source: AjvInstance, configuration: string): CheckInstance | undefined {
  let instance = instances.get(configuration);
  if (instance === 'unlike') return undefined;
  if (instance !== undefined && instance.registeredChars > MAX_REGISTERED_CHARS) instance = undefined;
  if (instance === undefined) {
    instance = likeInstance(source) ?? 'unlike';
    instances.set(configuration, instance);
  }
  return instance === 'unlike' ? undefined : instance;
}

/**
 * A fresh instance of the source's class with its options and formats, except that referenced
 * schemas are never inlined (sharing their compiled code is the point). Undefined when it does
 * not come out alike.
 */
function likeInstance(source: AjvInstance): CheckInstance | undefined {
  const ajvClass = source.constructor as AjvConstructor;
  const ajv = new ajvClass({ ...source.opts, inlineRefs: false, code: { ...source.opts.code, optimize: 0 } });
  for (const [name, format] of Object.entries(source.formats)) if (!(name in ajv.formats)) ajv.addFormat(name, format);
  const plainOptionsAlike = Object.entries(source.opts).every(
    ([key, value]) => key === 'inlineRefs' || key === 'code' || (value !== null && typeof value === 'object') || typeof value === 'function' || ajv.opts[key] === value,
  );
  const formatsAlike = Object.keys(source.formats).every((name) => ajv.formats[name] === source.formats[name]) && Object.keys(ajv.formats).length === Object.keys(source.formats).length;
  const keywordsAlike = Object.keys(ajv.RULES.keywords).every((keyword) => keyword in source.RULES.keywords);
  if (!plainOptionsAlike || !formatsAlike || !keywordsAlike) return undefined;
  checkInstances.add(ajv);
  const missingKeywords = new Set(Object.keys(source.RULES.keywords).filter((keyword) => !(keyword in ajv.RULES.keywords)));
  return { ajv, missingKeywords, registered: new Set(), registeredChars: 0 };
}

class NotCheckable extends Error {}

/** The instance sub-schemas are registered in, and how many `$ref`s to them one schema got. */
interface Sharing {
  instance: CheckInstance;
  references: number;
}

/** The schema with its large sub-schemas replaced by `$ref`s to registered copies (built bottom-up). */
function shared(schema: unknown, sharing: Sharing): unknown {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const copy: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (PLACE_DEPENDENT.has(keyword) || sharing.instance.missingKeywords.has(keyword)) throw new NotCheckable(keyword);
    copy[keyword] = sharedValue(keyword, value, sharing);
  }
  return copy;
}

function sharedValue(keyword: string, value: unknown, sharing: Sharing): unknown {
  if (Array.isArray(value)) return LIST_OF_SCHEMAS.has(keyword) ? value.map((item) => reference(item, sharing)) : value;
  if (value === null || typeof value !== 'object') return value;
  if (ONE_SCHEMA.has(keyword)) return reference(value, sharing);
  if (!MAP_OF_SCHEMAS.has(keyword)) return value;
  // `dependencies` maps to a schema or to a list of property names (left as it is).
  return Object.fromEntries(Object.entries(value).map(([name, member]) => [name, Array.isArray(member) ? member : reference(member, sharing)]));
}

/** A sub-schema in its shared form: a `$ref` to its registered copy when it is large enough. */
function reference(schema: unknown, sharing: Sharing): unknown {
  const copy = shared(schema, sharing);
  if (copy === null || typeof copy !== 'object') return copy;
  const text = JSON.stringify(copy);
  if (text.length < SMALLEST_SHARED) return copy;
  const id = `urn:api-review:schema:${createHash('sha1').update(text).digest('hex')}`;
  const { instance } = sharing;
  if (!instance.registered.has(id)) {
    instance.ajv.addSchema(copy, id);
    instance.registered.add(id);
    instance.registeredChars += text.length;
  }
  sharing.references += 1;
  return { $ref: id };
}
