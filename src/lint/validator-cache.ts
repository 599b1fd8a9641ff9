// analyze: Spectral's `oasExample` hands AJV a fresh deep copy of the schema for every example
// it validates, so AJV's own cache (keyed by object) never hits and the same schema is compiled
// again for every media object, and again in the head's run after the base's. On GitHub's
// description 4,897 compilations held 1,872 distinct schemas. While a marked lint runs, this
// keeps compiled validators by the schema's content and the configuration of the AJV instance
// that compiled them (class, options, formats, keywords): Spectral creates its instances of one
// kind alike, so a validator compiled by one of them validates exactly as a fresh compilation by
// another would. Bounded by the size of the schemas kept (a validator holds its schema and
// code), the least recently used out first.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

interface AjvInstance {
  opts: { allErrors?: boolean; code: { optimize?: number | boolean } };
  formats: Record<string, unknown>;
  RULES: { keywords: Record<string, unknown> };
  removeSchema(schema: object): unknown;
}
type Compile = (this: AjvInstance, schema: unknown, meta?: boolean) => unknown;
interface AjvClass {
  prototype: { compile: Compile };
}

/** Characters of schema JSON whose validators are kept: all of one review of GitHub's description. */
const MAX_SCHEMA_CHARS = 24 * 1024 * 1024;
const validators = new Map<string, { validator: unknown; size: number }>();
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
}

/** The AJV classes Spectral's schema function compiles with, resolved from where it lives. */
function spectralAjvClasses(): AjvClass[] {
  const spectralFunctions = createRequire(import.meta.url).resolve('@stoplight/spectral-functions');
  const load = createRequire(spectralFunctions);
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
      // Schemas with an `$id` are registered by name in their instance; leave those to AJV.
      if (activeRuns === 0 || meta === true || schema === null || typeof schema !== 'object' || '$id' in schema) {
        return original.call(this, schema, meta);
      }
      const configuration = configurationOf(this);
      const text = JSON.stringify(schema);
      const key = `${flavour}|${configuration}|${createHash('sha1').update(text).digest('base64')}`;
      const cached = validators.get(key);
      if (cached !== undefined) {
        validators.delete(key);
        validators.set(key, cached);
        return cached.validator;
      }
      const validator = compiledWithoutOptimizing(this, () => original.call(this, schema, meta));
      // The cache keeps the validator; the run's instance need not keep every schema it compiled.
      this.removeSchema(schema);
      validators.set(key, { validator, size: text.length });
      keptChars += text.length;
      while (keptChars > MAX_SCHEMA_CHARS && validators.size > 0) {
        const [oldest, entry] = validators.entries().next().value as [string, { size: number }];
        validators.delete(oldest);
        keptChars -= entry.size;
      }
      return validator;
    };
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
