// The validity check shares compiled sub-schemas and must say "valid" exactly when a full
// compilation of the schema as written does; the cached validators built on it must validate,
// report errors and refuse schemas as AJV does. Compared on the AJV instances Spectral makes.
// Errors are compared as Spectral reads them: every field, except that `schemaPath` is compared
// by the schema object it names (what `oasSchema` reads it for), since an error from a shared
// sub-schema is named after that sub-schema's first occurrence.
import { describe, expect, it } from 'vitest';
import { requireAsDependencyOf } from '../../../src/lint/spectral-patches/dependency-require.js';
import { withValidatorCache } from '../../../src/lint/spectral-patches/validator-cache.js';
import { type AjvInstance, type Validator, validityCheck } from '../../../src/lint/spectral-patches/validity-check.js';

type Assign = (schema: object, dialect: string, allErrors: boolean) => Validator;
const spectralRequire = requireAsDependencyOf('@stoplight/spectral-functions');
/** Spectral's own factory of AJV instances, one set per document as its schema function uses them. */
const { createAjvInstances } = spectralRequire('./schema/ajv') as { createAjvInstances: () => Assign };
type AjvClass = new (options: Record<string, unknown>) => AjvInstance;
const Ajv04 = (spectralRequire('ajv-draft-04') as { default: AjvClass }).default;
const addFormats = (spectralRequire('ajv-formats') as { default: (ajv: AjvInstance) => unknown }).default;

const padding = 'x'.repeat(300); // makes a sub-schema large enough to be shared
const address = () => ({
  type: 'object',
  description: padding,
  required: ['city'],
  properties: {
    city: { type: 'string', minLength: 2 },
    zip: { type: 'string', pattern: '^[0-9]{5}$' },
    floor: { type: 'integer', nullable: true },
    updated: { type: 'string', format: 'date-time' },
  },
});
const person = () => ({
  type: 'object',
  required: ['id', 'home'],
  additionalProperties: false,
  properties: {
    id: { type: 'integer', minimum: 1 },
    nick: { type: 'string', nullable: true },
    role: { enum: ['admin', 'member'] },
    home: address(),
    offices: { type: 'array', maxItems: 2, items: address() },
    site: { oneOf: [{ type: 'string', format: 'uri' }, address()] },
  },
});
const home = { city: 'Oslo', zip: '01234', updated: '2026-11-25T10:00:00Z' };

/** Each case says whether the data is valid, so the table itself is checked against AJV. */
const cases: Array<[string, unknown, boolean]> = [
  ['valid', { id: 1, home }, true],
  ['valid, every member', { id: 2, nick: null, role: 'admin', home, offices: [home, { city: 'Rome' }], site: 'https://example.com' }, true],
  ['a missing required member', { id: 1 }, false],
  ['a nested required member missing', { id: 1, home: { zip: '01234' } }, false],
  ['a pattern not matched deep inside', { id: 1, home, offices: [{ city: 'Rome', zip: 'abc' }] }, false],
  ['a wrong type in a nullable member of a second occurrence', { id: 1, home, offices: [{ city: 'Rome', floor: 'top' }] }, false],
  ['a format not matched', { id: 1, home: { city: 'Oslo', updated: 'yesterday' } }, false],
  ['null where not nullable', { id: 1, home, role: null }, false],
  ['an enum value not listed', { id: 1, home, role: 'owner' }, false],
  ['an additional property', { id: 1, home, extra: true }, false],
  ['too many items', { id: 1, home, offices: [home, home, home] }, false],
  ['no oneOf branch', { id: 1, home, site: 42 }, false],
  ['a number below its minimum', { id: 0, home }, false],
  ['not an object', 'text', false],
];
const invalidCases = cases.filter(([, , valid]) => !valid);

/** The errors with `schemaPath` replaced by the schema object it names, looked up as `oasSchema` does. */
function asSpectralReadsThem(errors: unknown): unknown {
  if (!Array.isArray(errors)) return errors ?? null;
  return errors.map(({ schemaPath, ...error }: { schemaPath: string }) => {
    const segments = schemaPath.replace(/^#\//, '').split('/').map((segment) => decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
    let named: unknown = person();
    for (const segment of segments.slice(0, -1)) named = (named as Record<string, unknown> | undefined)?.[segment];
    return { ...error, named };
  });
}

describe('validityCheck', () => {
  // Configured as Spectral configures its draft-04 instance, formats included.
  const instance = (): AjvInstance => {
    const ajv = new Ajv04({ strict: false, allowUnionTypes: true, unicodeRegExp: false, logger: false });
    addFormats(ajv);
    return ajv;
  };

  it.each(cases)('says valid exactly when a full compilation does: %s', (_name, data, valid) => {
    const check = validityCheck(instance(), 'test', person());
    expect(check).toBeTypeOf('function');
    expect(instance().compile(person())(data)).toBe(valid);
    expect(check!(data)).toBe(valid);
  });

  it.each(invalidCases)('names the errors a full compilation names: %s', (_name, data) => {
    const check = validityCheck(instance(), 'test', person())!;
    const full = instance().compile(person());
    expect(full(data)).toBe(false);
    expect(check(data)).toBe(false);
    expect(full.errors).not.toHaveLength(0);
    expect(asSpectralReadsThem(check.errors)).toEqual(asSpectralReadsThem(full.errors));
  });

  it('names no errors after valid data, even after invalid data', () => {
    const check = validityCheck(instance(), 'test', person())!;
    expect(check({ id: 1 })).toBe(false);
    expect(check({ id: 1, home })).toBe(true);
    expect(check.errors).toBeUndefined();
  });

  it('checks formats as the asking instance does', () => {
    const check = validityCheck(instance(), 'test', person());
    expect(check!({ id: 1, home: { city: 'Oslo', updated: 'yesterday' } })).toBe(false);
  });

  it.each([
    ['a $ref that resolves in it', { ...person(), properties: { ...person().properties, boss: { $ref: '#/properties/home' } } }],
    ['an id', { ...person(), id: 'person' }],
    ['nothing large enough to share', { type: 'string' }],
  ])('gives no check for a schema with %s', (_name, schema) => {
    expect(validityCheck(instance(), 'test', JSON.parse(JSON.stringify(schema)) as object)).toBeUndefined();
  });
});

describe('validityCheck of a schema AJV refuses to compile', () => {
  const instance = (): AjvInstance => new Ajv04({ strict: false, allowUnionTypes: true, unicodeRegExp: false, logger: false });
  const cycle = { $ref: '#/components/schemas/Person' };
  const untyped = { nullable: true, description: 'no type' };
  const refusal = (compile: () => unknown): unknown => {
    try {
      compile();
    } catch (error) {
      return error;
    }
    return undefined;
  };
  const RefError = (spectralRequire('ajv/dist/compile/ref_error') as { default: new () => Error }).default;
  const withHome = (properties: Record<string, unknown>) => ({ ...person(), properties: { ...person().properties, home: { ...address(), properties: { ...address().properties, ...properties } } } });

  it.each([
    ['a $ref at the top', () => ({ ...person(), properties: { ...person().properties, boss: cycle } }), RefError],
    ['a $ref deep inside a shared sub-schema', () => withHome({ owner: cycle }), RefError],
    ['a $ref twice, the second inside a shared sub-schema', () => ({ ...person(), properties: { boss: cycle, home: { ...address(), properties: { owner: { ...cycle } } } } }), RefError],
    ['a $ref after another one', () => ({ ...person(), properties: { first: { $ref: '#/components/schemas/First' }, home: { ...address(), properties: { owner: cycle } } } }), RefError],
    ['nullable without type inside a shared sub-schema', () => withHome({ note: untyped }), Error],
    ['nullable without type at the top, before a shared sub-schema', () => ({ ...person(), properties: { note: untyped, ...person().properties } }), Error],
    ['a $ref before nullable without type', () => ({ ...person(), properties: { boss: cycle, ...person().properties, note: untyped } }), RefError],
    ['nullable without type before a $ref', () => ({ ...person(), properties: { note: untyped, ...person().properties, boss: cycle } }), Error],
  ])('throws what a full compilation throws: %s', (_name, schema, kind) => {
    const expected = refusal(() => instance().compile(schema())) as Error & { missingRef?: string };
    const thrown = refusal(() => validityCheck(instance(), 'test', schema())) as Error & { missingRef?: string };
    expect(expected).toBeInstanceOf(kind);
    expect(thrown).toBeInstanceOf(expected.constructor);
    expect([thrown.message, thrown.missingRef]).toEqual([expected.message, expected.missingRef]);
  });
});

describe('validators built on the check (withValidatorCache)', () => {
  // The dialects Spectral validates examples with: OpenAPI 2.0 and 3.0 (draft-04), 3.1 (2020-12).
  it.each(['draft4', 'draft2020-12'].flatMap((dialect) => cases.map(([name, data]) => ({ dialect, name, data }))))(
    'validate and name errors as Spectral’s own instances do: $dialect, $name',
    async ({ dialect, data }) => {
      const fresh = createAjvInstances()(person(), dialect, false);
      const expected = [fresh(data), asSpectralReadsThem(fresh.errors)];
      await withValidatorCache(async () => {
        // Twice: once compiled, once from the cache (and after the check has registered its parts).
        for (const assign of [createAjvInstances(), createAjvInstances()]) {
          const cached = assign(person(), dialect, false);
          expect([cached(data), asSpectralReadsThem(cached.errors)]).toEqual(expected);
        }
      });
    },
  );

  it('refuses a schema AJV refuses, with the same error, every time', async () => {
    const unresolved = () => ({ ...person(), properties: { boss: { $ref: '#/components/schemas/Person' } } });
    const refusal = (assign: Assign): unknown => {
      try {
        assign(unresolved(), 'draft4', false);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const fresh = refusal(createAjvInstances());
    await withValidatorCache(async () => {
      const first = refusal(createAjvInstances());
      const again = refusal(createAjvInstances());
      expect(first).toBeInstanceOf((fresh as object).constructor);
      expect((first as Error).message).toBe((fresh as Error).message);
      expect(again).toBe(first);
    });
  });
});
