// analyze: Spectral's `oasExample` hands AJV a fresh deep copy of the schema for every example
// it validates, so AJV's own cache (keyed by object) never hits and the same schema is compiled
// again for every media object, and again in the head's run after the base's. On GitHub's
// description 4,897 compilations held 1,872 distinct schemas. While a marked lint runs, this
// keeps compiled validators by the schema's content and the configuration of the AJV instance
// that compiled them (class, options, formats, keywords): Spectral creates its instances of one
// kind alike, so a validator compiled by one of them validates exactly as a fresh compilation by
// another would. Bounded by the size of the schemas kept (a validator holds its schema and
// code), the least recently used out first. A schema AJV refuses to compile (a `$ref` the resolver
// left in place, `nullable` without `type`) is remembered with its error, which is thrown again:
// on GitHub's description 121 such compilations took 1.2 s, each failing again at the same spot.
// Large schemas get a validity check first (validity-check.ts), which also names the errors of
// a failing example; a full compilation only when it cannot.
import { createHash } from 'node:crypto';
import { requireAsDependencyOf } from './dependency-require.js';
import { type AjvInstance, isCheckInstance, resetValidityChecks, type Validator, type ValidityCheck, validityCheck } from './validity-check.js';

type Compile = (this: AjvInstance, schema: unknown, meta?: boolean) => unknown;
/** A compiled validator, or what AJV threw compiling the schema, which it throws again alike. */
type Compiled = { validator: unknown; size: number } | { failure: unknown; size: number };
interface AjvClass {
  prototype: { compile: Compile };
}

/** Characters of schema JSON whose validators are kept: all of one review of GitHub's description. */
const MAX_SCHEMA_CHARS = 24 * 1024 * 1024;
const validators = new Map<string, Compiled>();
/** What a remembered failure counts for against the bound: an error, not a schema, is kept. */
const FAILURE_SIZE = 256;
let keptChars = 0;
let activeRuns = 0;
let installed = false;

/** Runs `lint` with compiled validators shared by content (see above). */
export async function withValidatorCache<T>(lint: () => Promise<T>): Promise<T> {
  installOnce();
  activeRuns += 1;
  try {
    return await lint();
  } finally {
    activeRuns -= 1;
  }
}

/** Forgets every compiled validator (the bench measures cold reviews with it). */
export function resetValidatorCache(): void {
  validators.clear();
  keptChars = 0;
  resetValidityChecks();
}

/** The AJV classes Spectral's schema function compiles with, resolved from where it lives. */
function spectralAjvClasses(): AjvClass[] {
  const load = requireAsDependencyOf('@stoplight/spectral-functions');
  return ['ajv', 'ajv/dist/2019', 'ajv/dist/2020', 'ajv-draft-04'].map((name) => {
    const loaded = load(name) as AjvClass | { default: AjvClass };
    return 'default' in loaded ? loaded.default : loaded;
  });
}

function installOnce(): void {
  if (installed) return;
  installed = true;
  // Two of the classes are both named `Ajv` (draft-04 and the default): flavours are numbered.
  for (const [flavour, ajvClass] of [...new Set(spectralAjvClasses())].entries()) {
    const original = ajvClass.prototype.compile;
    ajvClass.prototype.compile = function compile(this: AjvInstance, schema: unknown, meta?: boolean): unknown {
      // Schemas with an `$id` are registered by name in their instance; leave those to AJV, and
      // the validity checks, which share their compiled parts by themselves.
      if (activeRuns === 0 || meta === true || schema === null || typeof schema !== 'object' || '$id' in schema || isCheckInstance(this)) {
        return original.call(this, schema, meta);
      }
      const configuration = `${flavour}|${configurationOf(this)}`;
      const text = JSON.stringify(schema);
      const key = `${configuration}|${createHash('sha1').update(text).digest('base64')}`;
      const cached = validators.get(key);
      if (cached !== undefined) {
        validators.delete(key);
        validators.set(key, cached);
        // A schema AJV refused (a `$ref` the resolver left, `nullable` without `type`) is refused
        // again with the same error, which Spectral reports or ignores as it did the first time.
        if ('failure' in cached) throw cached.failure;
        return cached.validator;
      }
      const compileFully = (): Validator => {
        const full = compiledWithoutOptimizing(this, () => original.call(this, schema, meta)) as Validator;
        // The cache keeps the validator; the run's instance need not keep every schema it compiled.
        this.removeSchema(schema);
        return full;
      };
      let validator: Validator;
      try {
        const check = validityCheck(this, configuration, schema);
        validator = check === undefined ? compileFully() : checkedFirst(check, compileFully);
      } catch (failure) {
        remember(key, { failure, size: FAILURE_SIZE });
        throw failure;
      }
      remember(key, { validator, size: text.length });
      return validator;
    };
  }
}

/** Keeps a compilation, dropping the least recently used ones beyond the bound. */
function remember(key: string, compiled: Compiled): void {
  validators.set(key, compiled);
  keptChars += compiled.size;
  while (keptChars > MAX_SCHEMA_CHARS && validators.size > 0) {
    const [oldest, entry] = validators.entries().next().value as [string, Compiled];
    validators.delete(oldest);
    keptChars -= entry.size;
  }
}

/**
 * A validator that answers with the shared validity check, which also names the errors of
 * invalid data. The schema is compiled in full, once, only for data whose errors the check
 * cannot name, or when the check throws. Compiling late is not observable: Spectral compiles
 * and validates inside one `try`, and a schema AJV refuses to compile has been refused by the
 * check's own compilation of every part of it already.
 */
function checkedFirst(check: ValidityCheck, compileFully: () => Validator): Validator {
  let full: Validator | undefined;
  const validate: Validator = (data) => {
    const says = checkSays(check, data);
    if (says === 'valid') {
      validate.errors = null;
      return true;
    }
    if (says === 'invalid' && check.errors !== undefined) {
      validate.errors = check.errors;
      return false;
    }
    full ??= compileFully();
    const valid = full(data);
    validate.errors = full.errors;
    return valid;
  };
  return validate;
}

/** What the check says of the data; a check that throws has no say. */
function checkSays(check: ValidityCheck, data: unknown): 'valid' | 'invalid' | 'unknown' {
  try {
    return check(data) ? 'valid' : 'invalid';
  } catch {
    return 'unknown';
  }
}

/**
 * What decides how an instance compiles: its options, formats and keywords. Spectral's instances
 * of one flavour share it; any other AJV instance of the same class (a ruleset validator, say)
 * gets its own key, so validators are only ever shared between equally configured instances.
 */
function configurationOf(ajv: AjvInstance): string {
  // The plain options (flags, names); objects among them (the logger, the URI resolver, code
  // settings) are shared module values, and what formats and keywords add is listed by name.
  const plain = Object.entries(ajv.opts).filter(([key, value]) => key !== 'code' && (value === null || typeof value !== 'object') && typeof value !== 'function');
  // Read at each compilation: keywords and formats can be added to an instance at any time.
  return createHash('sha1')
    .update(JSON.stringify([plain.sort(([a], [b]) => (a < b ? -1 : 1)), Object.keys(ajv.formats).sort(), Object.keys(ajv.RULES.keywords).sort()]))
    .digest('base64');
}

/**
 * AJV's optimizer passes over the generated code only shorten it (unused names dropped, constants
 * folded); a schema compiled for a handful of examples spends more time in them than the examples
 * take to validate, and on large inlined schemas they cost half of the compilation.
 */
function compiledWithoutOptimizing(ajv: AjvInstance, compile: () => unknown): unknown {
  const passes = ajv.opts.code.optimize;
  ajv.opts.code.optimize = 0;
  try {
    return compile();
  } finally {
    ajv.opts.code.optimize = passes;
  }
}
