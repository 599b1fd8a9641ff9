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
//
// The check also names the errors of invalid data, so that a failing example needs no full
// compilation either (on GitHub's description 90 large schemas, 1.3–1.7 s). Referencing a
// schema instead of writing it in place changes nothing in AJV's errors but `schemaPath`, which
// is then relative to the referenced schema. Spectral reads `schemaPath` in one place only:
// `oasSchema` looks up the schema object it names for `nullable`. So an error from a registered
// schema gets the path of that schema's first occurrence in the one checked, followed by the path
// AJV gave: a schema object of the same content as the one that failed (equal ids mean equal
// content), though perhaps another occurrence of it.
//
// Some schemas AJV refuses to compile: one holding a `$ref` the resolver left in place (a
// cycle), which AJV cannot follow and Spectral then ignores, or one with `nullable` but no
// `type`, which Spectral reports. Such a schema is refused the same way without compiling all
// the rest in full: the check's compilation throws what a full compilation throws, because it
// compiles the same parts in the same order (shared parts when their `$ref` is reached), so
// whatever fails first fails first in both. A `$ref` stays written in the root (what holds it
// is not shared, so it resolves from the same base), and only when its pointer's first segment
// is no key of the schema: AJV cannot resolve it in either.
import { createHash } from 'node:crypto';
import { parsePointer } from '../../specs/json-pointer.js';
import { requireAsDependencyOf } from './dependency-require.js';

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
/**
 * Says whether data is valid; after saying no, `errors` holds the errors a full compilation of
 * the schema gives, or is undefined when they cannot be named this way.
 */
export type ValidityCheck = ((data: unknown) => boolean) & { errors?: AjvError[] };
/** An AJV error; with the `verbose` option it also names the schema object that failed. */
interface AjvError {
  schemaPath: string;
  parentSchema?: unknown;
  [field: string]: unknown;
}
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
  /** The registered schema each schema object of a registered copy belongs to. */
  owners: WeakMap<object, string>;
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
 * the schema has nothing worth sharing or cannot be checked this way. Throws what compiling the
 * schema in full throws when that is a `$ref` AJV cannot resolve (see above).
 */
export function validityCheck(source: AjvInstance, configuration: string, schema: object): ValidityCheck | undefined {
  const instance = checkInstanceFor(source, configuration);
  if (instance === undefined) return undefined;
  const sharing: Sharing = { instance, references: 0, firstPaths: new Map(), rootKeys: new Set(Object.keys(schema)), keptRefs: new Set(), keptRefCount: 0 };
  let root: object;
  try {
    root = shared(schema, sharing, '') as object;
  } catch {
    // Not checkable this way (a place-dependent keyword, an invalid sub-schema): the caller
    // compiles the schema itself, which reports what AJV has to say about it.
    return undefined;
  }
  // Nothing shared, nothing to gain; unless a `$ref` was left written, for the refusal below.
  if (sharing.references === 0 && sharing.keptRefs.size === 0) return undefined;
  let validate: ValidityCheck;
  try {
    validate = instance.ajv.compile(root) as ValidityCheck;
  } catch (error) {
    if (refusedAlike(error, sharing.keptRefs)) throw error;
    return undefined;
  } finally {
    instance.ajv.removeSchema(root);
  }
  // A `$ref` left written resolved after all: not the schema the refusal above is about.
  if (sharing.keptRefs.size > 0) return undefined;
  return checkNamingErrors(validate, root, instance.owners, sharing.firstPaths);
}

/**
 * True when compiling the schema in full throws this error too, since the check compiles the
 * same parts in the same order: a `$ref` left written (the first AJV reached: its pointer cannot
 * resolve in either), or a schema error whose message does not depend on where it was found.
 */
function refusedAlike(error: unknown, keptRefs: ReadonlySet<string>): boolean {
  if (!(error instanceof Error)) return false;
  if ('missingRef' in error) return keptRefs.has(String(error.missingRef));
  return REFUSALS_SAID_ALIKE.has(error.message);
}

/** What AJV says of a schema wherever it sits (found on real descriptions: `nullable` alone). */
const REFUSALS_SAID_ALIKE = new Set(['"nullable" cannot be used without "type"']);

/** True for a `$ref` to a pointer AJV cannot resolve in `schema`: its first segment is not a key there. */
function unresolvableIn(rootKeys: ReadonlySet<string>, ref: unknown): ref is string {
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return false;
  const [first] = parsePointer(ref);
  // The segment as written too: a key that only decodes to it is no resolution either.
  return first !== undefined && !rootKeys.has(first) && !rootKeys.has(ref.slice(2).split('/')[0] as string);
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
  // Verbose: each error names the schema object that failed, which tells whose path it is.
  const ajv = new ajvClass({ ...source.opts, inlineRefs: false, verbose: true, code: { ...source.opts.code, optimize: 0 } });
  for (const [name, format] of Object.entries(source.formats)) if (!(name in ajv.formats)) ajv.addFormat(name, format);
  const plainOptionsAlike = Object.entries(source.opts).every(
    ([key, value]) => key === 'inlineRefs' || key === 'verbose' || key === 'code' || (value !== null && typeof value === 'object') || typeof value === 'function' || ajv.opts[key] === value,
  );
  const formatsAlike = Object.keys(source.formats).every((name) => ajv.formats[name] === source.formats[name]) && Object.keys(ajv.formats).length === Object.keys(source.formats).length;
  const keywordsAlike = Object.keys(ajv.RULES.keywords).every((keyword) => keyword in source.RULES.keywords);
  if (!plainOptionsAlike || !formatsAlike || !keywordsAlike) return undefined;
  checkInstances.add(ajv);
  const missingKeywords = new Set(Object.keys(source.RULES.keywords).filter((keyword) => !(keyword in ajv.RULES.keywords)));
  return { ajv, missingKeywords, registered: new Set(), registeredChars: 0, owners: new WeakMap() };
}

class NotCheckable extends Error {}

/** What building one check gathers: the instance, the `$ref`s made, each registered schema's first place. */
interface Sharing {
  instance: CheckInstance;
  references: number;
  /** By registered id: the schema path (as AJV writes them) of its first occurrence. */
  firstPaths: Map<string, string>;
  /** The keys of the schema checked, and the `$ref`s left written that cannot resolve in it. */
  rootKeys: ReadonlySet<string>;
  keptRefs: Set<string>;
  keptRefCount: number;
}

/** The schema with its large sub-schemas replaced by `$ref`s to registered copies (built bottom-up). */
function shared(schema: unknown, sharing: Sharing, path: string): unknown {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const copy: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === '$ref' && unresolvableIn(sharing.rootKeys, value)) {
      sharing.keptRefs.add(value);
      sharing.keptRefCount += 1;
      copy[keyword] = value;
      continue;
    }
    if (PLACE_DEPENDENT.has(keyword) || sharing.instance.missingKeywords.has(keyword)) throw new NotCheckable(keyword);
    copy[keyword] = mapSubSchemas(keyword, value, (sub, below) => reference(sub, sharing, `${path}/${schemaPathOf(keyword, ...below)}`));
  }
  return copy;
}

/**
 * The value of `keyword` with each sub-schema in it replaced by `replace(sub-schema, its path
 * below the keyword)`; a value holding no sub-schema is returned as it is.
 */
function mapSubSchemas(keyword: string, value: unknown, replace: (schema: unknown, below: Array<string | number>) => unknown): unknown {
  if (Array.isArray(value)) return LIST_OF_SCHEMAS.has(keyword) ? value.map((item, index) => replace(item, [index])) : value;
  if (value === null || typeof value !== 'object') return value;
  if (ONE_SCHEMA.has(keyword)) return replace(value, []);
  if (!MAP_OF_SCHEMAS.has(keyword)) return value;
  // `dependencies` maps to a schema or to a list of property names (left as it is).
  return Object.fromEntries(Object.entries(value).map(([name, member]) => [name, Array.isArray(member) ? member : replace(member, [name])]));
}

/** A sub-schema in its shared form: a `$ref` to its registered copy when it is large enough. */
function reference(schema: unknown, sharing: Sharing, path: string): unknown {
  const refsBefore = sharing.keptRefCount;
  const copy = shared(schema, sharing, path);
  if (copy === null || typeof copy !== 'object') return copy;
  // A `$ref` left written stays in the root, so that it resolves from the root's base.
  if (sharing.keptRefCount > refsBefore) return copy;
  const text = JSON.stringify(copy);
  if (text.length < SMALLEST_SHARED) return copy;
  const id = `urn:api-review:schema:${createHash('sha1').update(text).digest('hex')}`;
  const { instance } = sharing;
  if (!instance.registered.has(id)) {
    instance.ajv.addSchema(copy, id);
    instance.registered.add(id);
    instance.registeredChars += text.length;
    // AJV keeps the copy it was given: its errors name these objects.
    forEachSchemaObject(copy, (object) => instance.owners.set(object, id));
  }
  if (!sharing.firstPaths.has(id)) sharing.firstPaths.set(id, path);
  sharing.references += 1;
  return { $ref: id };
}

/** Calls `visit` with a schema and each schema object written in it (not those behind a `$ref`). */
function forEachSchemaObject(schema: unknown, visit: (object: object) => void): void {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return;
  visit(schema);
  for (const [keyword, value] of Object.entries(schema)) mapSubSchemas(keyword, value, (sub) => forEachSchemaObject(sub, visit));
}

/** AJV's way of writing path segments in `schemaPath` (a URI fragment of a JSON pointer). */
const { escapeFragment } = requireAsDependencyOf('@stoplight/spectral-functions')('ajv/dist/compile/util') as { escapeFragment: (segment: string) => string };

function schemaPathOf(...segments: Array<string | number>): string {
  return segments.map((segment) => escapeFragment(String(segment))).join('/');
}

/**
 * The check, with its errors named as a full compilation of `root`'s original names them: an
 * error from a registered schema gets the path of that schema's first occurrence before its own
 * (see the top of this file); the verbose fields the check compiled with are left out. Errors
 * from a schema object neither in `root` nor registered leave `errors` undefined.
 */
function checkNamingErrors(validate: ValidityCheck, root: object, owners: WeakMap<object, string>, firstPaths: ReadonlyMap<string, string>): ValidityCheck {
  const rootObjects = new WeakSet<object>();
  forEachSchemaObject(root, (object) => rootObjects.add(object));
  const named = (error: AjvError): AjvError | undefined => {
    const { schema: _schema, parentSchema, data: _data, ...plain } = error;
    if (parentSchema === null || typeof parentSchema !== 'object') return undefined;
    if (rootObjects.has(parentSchema)) return plain as AjvError;
    const owner = owners.get(parentSchema);
    const first = owner === undefined ? undefined : firstPaths.get(owner);
    if (first === undefined || !error.schemaPath.startsWith('#')) return undefined;
    return { ...plain, schemaPath: `#${first}${error.schemaPath.slice(1)}` } as AjvError;
  };
  const check: ValidityCheck = (data) => {
    const valid = validate(data);
    const errors = valid ? undefined : validate.errors?.map(named);
    check.errors = errors === undefined || errors.includes(undefined) ? undefined : (errors as AjvError[]);
    return valid;
  };
  return check;
}
