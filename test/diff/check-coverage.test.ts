// Every catalogued check id must be reachable: either a fixture here makes the engine emit it, or
// a test table under test/diff names it in its expected ids, or it is waived below with a reason.
// A new id without any of the three fails this test (oasdiff asserts the same of its rules).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalog, hasCheck } from '../../src/diff/catalog.js';
import { checkCoverageWaivers } from './check-coverage-waivers.js';
import { schemaChangeIds, type PairOptions } from './schema/schema-pair.js';

type Schema = Record<string, unknown>;

/** One base/head pair per schema aspect; each is run at every schema site below. */
const aspectFixtures: readonly { aspect: string; base: Schema; head: Schema }[] = [
  { aspect: 'type', base: { type: 'string' }, head: { type: 'integer' } },
  { aspect: 'type', base: { type: 'integer' }, head: { type: 'number' } },
  { aspect: 'type', base: { type: 'number' }, head: { type: 'integer' } },
  { aspect: 'type', base: { type: 'integer', format: 'int32' }, head: { type: 'integer', format: 'int64' } },
  { aspect: 'nullable', base: { type: 'string' }, head: { type: ['string', 'null'] } },
  { aspect: 'nullable', base: { type: ['string', 'null'] }, head: { type: 'string' } },
  { aspect: 'list of types', base: { type: ['string', 'integer'] }, head: { type: ['string', 'integer', 'boolean'] } },
  { aspect: 'list of types', base: { type: ['string', 'integer', 'boolean'] }, head: { type: ['string', 'integer'] } },
  { aspect: 'enum', base: { type: 'string', enum: ['a', 'b'] }, head: { type: 'string', enum: ['a', 'c'] } },
  { aspect: 'enum', base: { type: 'string' }, head: { type: 'string', enum: ['a'] } },
  { aspect: 'enum', base: { type: 'string', 'x-extensible-enum': ['a', 'b'] }, head: { type: 'string', 'x-extensible-enum': ['a'] } },
  { aspect: 'pattern', base: { type: 'string' }, head: { type: 'string', pattern: '^a$' } },
  { aspect: 'pattern', base: { type: 'string', pattern: '^a$' }, head: { type: 'string' } },
  { aspect: 'pattern', base: { type: 'string', pattern: '^a$' }, head: { type: 'string', pattern: '^b$' } },
  { aspect: 'length', base: { type: 'string', minLength: 2, maxLength: 5 }, head: { type: 'string', minLength: 1, maxLength: 9 } },
  { aspect: 'length', base: { type: 'string', minLength: 1, maxLength: 9 }, head: { type: 'string', minLength: 2, maxLength: 5 } },
  { aspect: 'length', base: { type: 'string' }, head: { type: 'string', maxLength: 5 } },
  { aspect: 'range', base: { type: 'number', minimum: 2, maximum: 5 }, head: { type: 'number', minimum: 1, maximum: 9 } },
  { aspect: 'range', base: { type: 'number', minimum: 1, maximum: 9 }, head: { type: 'number', minimum: 2, maximum: 5 } },
  { aspect: 'range', base: { type: 'number' }, head: { type: 'number', minimum: 1, maximum: 9 } },
  { aspect: 'items', base: { type: 'array', items: { type: 'string' }, minItems: 2 }, head: { type: 'array', items: { type: 'string' }, minItems: 1 } },
  { aspect: 'items', base: { type: 'array', items: { type: 'string' }, minItems: 1 }, head: { type: 'array', items: { type: 'string' }, minItems: 2 } },
  { aspect: 'object', base: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }, head: { type: 'object', properties: { a: { type: 'string' } } } },
  { aspect: 'object', base: { type: 'object', properties: { a: { type: 'string' } } }, head: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] } },
  { aspect: 'read-only', base: { type: 'object', properties: { a: { type: 'string' } } }, head: { type: 'object', properties: { a: { type: 'string', readOnly: true } } } },
  { aspect: 'read-only', base: { type: 'object', properties: { a: { type: 'string', readOnly: true } } }, head: { type: 'object', properties: { a: { type: 'string' } } } },
  { aspect: 'read-only', base: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }, head: { type: 'object', properties: { a: { type: 'string', readOnly: true } }, required: ['a'] } },
  { aspect: 'read-only', base: { type: 'object', properties: { a: { type: 'string', readOnly: true } }, required: ['a'] }, head: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] } },
  { aspect: 'write-only', base: { type: 'object', properties: { a: { type: 'string' } } }, head: { type: 'object', properties: { a: { type: 'string', writeOnly: true } } } },
  { aspect: 'write-only', base: { type: 'object', properties: { a: { type: 'string', writeOnly: true } } }, head: { type: 'object', properties: { a: { type: 'string' } } } },
  { aspect: 'write-only', base: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }, head: { type: 'object', properties: { a: { type: 'string', writeOnly: true } }, required: ['a'] } },
  { aspect: 'write-only', base: { type: 'object', properties: { a: { type: 'string', writeOnly: true } }, required: ['a'] }, head: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] } },
  { aspect: 'write-only', base: { type: 'object' }, head: { type: 'object', properties: { a: { type: 'string', writeOnly: true } } } },
  { aspect: 'write-only', base: { type: 'object', properties: { a: { type: 'string', writeOnly: true } }, required: ['a'] }, head: { type: 'object' } },
  { aspect: 'exclusive-max', base: { type: 'number', exclusiveMaximum: 10 }, head: { type: 'number', exclusiveMaximum: 5 } },
  { aspect: 'exclusive-max', base: { type: 'number', exclusiveMaximum: 5 }, head: { type: 'number', exclusiveMaximum: 10 } },
  { aspect: 'exclusive-max', base: { type: 'number' }, head: { type: 'number', exclusiveMaximum: 10 } },
  { aspect: 'exclusive-min', base: { type: 'number', exclusiveMinimum: 10 }, head: { type: 'number', exclusiveMinimum: 5 } },
  { aspect: 'exclusive-min', base: { type: 'number', exclusiveMinimum: 5 }, head: { type: 'number', exclusiveMinimum: 10 } },
  { aspect: 'exclusive-min', base: { type: 'number' }, head: { type: 'number', exclusiveMinimum: 10 } },
  { aspect: 'min-items', base: { type: 'array', items: { type: 'string' } }, head: { type: 'array', items: { type: 'string' }, minItems: 2 } },
  { aspect: 'max-items', base: { type: 'array', items: { type: 'string' }, maxItems: 2 }, head: { type: 'array', items: { type: 'string' }, maxItems: 5 } },
  { aspect: 'contains', base: { type: 'array', contains: { type: 'string' }, minContains: 1, maxContains: 5 }, head: { type: 'array', contains: { type: 'string' }, minContains: 2, maxContains: 3 } },
  { aspect: 'contains', base: { type: 'array', contains: { type: 'string' }, minContains: 2, maxContains: 3 }, head: { type: 'array', contains: { type: 'string' }, minContains: 1, maxContains: 5 } },
  { aspect: 'contains', base: { type: 'array', contains: { type: 'string' } }, head: { type: 'array' } },
  { aspect: 'pattern-properties', base: { type: 'object' }, head: { type: 'object', patternProperties: { '^x-': { type: 'string' } } } },
  { aspect: 'content', base: { type: 'string', contentEncoding: 'base64', contentMediaType: 'image/png', contentSchema: { type: 'object' } }, head: { type: 'string', contentEncoding: 'base32', contentMediaType: 'image/gif' } },
  { aspect: 'content', base: { type: 'string' }, head: { type: 'string', contentSchema: { type: 'object' } } },
  { aspect: 'dependent', base: { type: 'object', dependentRequired: { a: ['b'], c: ['d'] }, dependentSchemas: { a: { required: ['b'] } } }, head: { type: 'object', dependentRequired: { a: ['b', 'e'] } } },
  { aspect: 'dependent', base: { type: 'object' }, head: { type: 'object', dependentSchemas: { a: { required: ['b'] } } } },
  { aspect: 'discriminator', base: { type: 'object', discriminator: { propertyName: 'kind', mapping: { a: '#/components/schemas/A', b: '#/components/schemas/B' } } }, head: { type: 'object', discriminator: { propertyName: 'type', mapping: { a: '#/components/schemas/B' } } } },
  { aspect: 'discriminator', base: { type: 'object', discriminator: { propertyName: 'kind' } }, head: { type: 'object' } },
  { aspect: 'conditionals', base: { type: 'object', if: { required: ['a'] }, then: { required: ['b'] }, else: { required: ['c'] } }, head: { type: 'object' } },
  { aspect: 'conditionals', base: { type: 'object', if: { required: ['a'] } }, head: { type: 'object', if: { required: ['a'] }, else: { required: ['c'] } } },
  { aspect: 'prefix-items', base: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }] }, head: { type: 'array', prefixItems: [{ type: 'string' }] } },
  { aspect: 'property-names', base: { type: 'object', propertyNames: { pattern: '^a' } }, head: { type: 'object' } },
  { aspect: 'unevaluated', base: { type: 'array' }, head: { type: 'array', unevaluatedItems: false } },
  { aspect: 'unevaluated', base: { type: 'array', unevaluatedItems: false }, head: { type: 'array' } },
  { aspect: 'unevaluated', base: { type: 'object', unevaluatedProperties: false }, head: { type: 'object' } },
  { aspect: 'values', base: { type: 'string', const: 'a', default: 'x' }, head: { type: 'string', const: 'b', default: 'y' } },
  { aspect: 'values', base: { type: 'string' }, head: { type: 'string', const: 'a', default: 'x' } },
  { aspect: 'values', base: { type: 'string', const: 'a', default: 'x' }, head: { type: 'string' } },
  { aspect: 'limits unset', base: { type: 'array', items: { type: 'string', maxLength: 3 }, minItems: 1 }, head: { type: 'array', items: { type: 'string' } } },
  { aspect: 'limits unset', base: { type: 'string', maxLength: 3 }, head: { type: 'string' } },
  { aspect: 'pattern-properties', base: { type: 'object', patternProperties: { '^x-': { type: 'string' } } }, head: { type: 'object' } },
  { aspect: 'read-only limits', base: { type: 'object', properties: { a: { type: 'number', readOnly: true } } }, head: { type: 'object', properties: { a: { type: 'number', readOnly: true, maximum: 3, minimum: 1, exclusiveMaximum: 3, exclusiveMinimum: 1 } } } },
  { aspect: 'read-only limits', base: { type: 'object', properties: { a: { type: 'number', readOnly: true, maximum: 5, minimum: 0, exclusiveMaximum: 5, exclusiveMinimum: 0 } } }, head: { type: 'object', properties: { a: { type: 'number', readOnly: true, maximum: 3, minimum: 1, exclusiveMaximum: 3, exclusiveMinimum: 1 } } } },
  { aspect: 'write-only required', base: { type: 'object', properties: { a: { type: 'string', writeOnly: true } } }, head: { type: 'object', properties: { a: { type: 'string', writeOnly: true } }, required: ['a'] } },
  { aspect: 'composition', base: { anyOf: [{ type: 'string' }, { type: 'number' }], oneOf: [{ type: 'string' }, { type: 'number' }], allOf: [{ type: 'string' }, { maxLength: 3 }] }, head: { anyOf: [{ type: 'string' }], oneOf: [{ type: 'string' }], allOf: [{ type: 'string' }] } },
  { aspect: 'composition', base: { anyOf: [{ type: 'string' }], oneOf: [{ type: 'string' }, { type: 'boolean' }], allOf: [{ type: 'string' }] }, head: { anyOf: [{ type: 'string' }, { type: 'number' }], oneOf: [{ type: 'string' }, { type: 'boolean' }, { type: 'number' }], allOf: [{ type: 'string' }, { maxLength: 3 }, { description: 'note' }] } },
  { aspect: 'keywords added', base: { type: 'object' }, head: { type: 'object', if: { required: ['a'] }, then: { required: ['b'] }, propertyNames: { pattern: '^a' }, unevaluatedProperties: false, dependentRequired: { a: ['b'] }, discriminator: { propertyName: 'kind', mapping: { a: '#/components/schemas/A' } } } },
  { aspect: 'keywords added', base: { type: 'object', discriminator: { propertyName: 'kind' } }, head: { type: 'object', discriminator: { propertyName: 'kind', mapping: { a: '#/components/schemas/A' } } } },
  { aspect: 'keywords added', base: { type: 'array' }, head: { type: 'array', contains: { type: 'string' }, prefixItems: [{ type: 'string' }] } },
  { aspect: 'list of types', base: { type: 'string' }, head: { oneOf: [{ type: 'string' }, { type: 'integer' }] } },
  { aspect: 'list of types', base: { oneOf: [{ type: 'string' }, { type: 'integer' }] }, head: { type: 'string' } },
  { aspect: 'deprecation', base: { type: 'string' }, head: { type: 'string', deprecated: true } },
  { aspect: 'deprecation', base: { type: 'string', deprecated: true }, head: { type: 'string' } },
  { aspect: 'deprecation', base: { type: 'string' }, head: { type: 'string', deprecated: true, 'x-sunset': '2030-01-01' } },
  { aspect: 'all-of annotation', base: { allOf: [{ type: 'object' }, { description: 'note' }] }, head: { allOf: [{ type: 'object' }] } },
];

/**
 * Every schema site, at its root and one property down; 3.1 so that every 2020-12 keyword counts.
 * Text bodies too: only JSON is strongly typed, which is what the `*-type-compatible` ids are about.
 */
const siteOptions: readonly PairOptions[] = [
  ...(['request', 'response', 'query', 'header', 'response-header'] as const).map((where) => ({ where })),
  ...(['request', 'response'] as const).map((where) => ({ where, mediaType: 'text/plain' })),
];
const sites: readonly { nested: boolean; options: PairOptions }[] = siteOptions.flatMap((options) =>
  [false, true].map((nested) => ({ nested, options: { ...options, version: '3.1' as const, hasCheck } })),
);

function nest(schema: Schema): Schema {
  return { type: 'object', properties: { field: schema } };
}

async function emittedBySchemaFixtures(): Promise<Set<string>> {
  const emitted = new Set<string>();
  for (const { base, head } of aspectFixtures) {
    for (const { nested, options } of sites) {
      const ids = await schemaChangeIds(nested ? nest(base) : base, nested ? nest(head) : head, options);
      for (const id of ids) emitted.add(id);
    }
  }
  return emitted;
}

/** Ids named as quoted strings in the test tables under test/diff (their expected-id lists). */
function namedInTests(): string {
  const root = fileURLToPath(new URL('.', import.meta.url));
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.test.ts') && !file.endsWith('check-coverage.test.ts'),
  );
  return files.map((file) => readFileSync(`${root}/${file}`, 'utf8')).join('\n');
}

describe('check coverage', () => {
  let emitted: Set<string>;
  let tests: string;
  beforeAll(async () => {
    emitted = await emittedBySchemaFixtures();
    tests = namedInTests();
  });

  it('reaches every catalogued id from a fixture, a test table, or a waiver with a reason', () => {
    const waived = new Set(checkCoverageWaivers.flatMap((waiver) => waiver.ids));
    const unreached = catalog
      .map((check) => check.id)
      .filter((id) => !emitted.has(id) && !tests.includes(`'${id}'`) && !waived.has(id));
    expect(unreached).toEqual([]);
  });

  it('waives only catalogued ids that nothing else reaches, each for a reason', () => {
    const catalogued = new Set<string>(catalog.map((check) => check.id));
    for (const waiver of checkCoverageWaivers) {
      expect(waiver.reason.length, waiver.ids.join(', ')).toBeGreaterThan(20);
      for (const id of waiver.ids) {
        expect(catalogued.has(id), `${id} is not catalogued`).toBe(true);
        expect(emitted.has(id) || tests.includes(`'${id}'`), `${id} is reached: drop its waiver`).toBe(false);
      }
    }
  });
});
