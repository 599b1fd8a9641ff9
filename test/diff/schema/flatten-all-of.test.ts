import { describe, expect, it } from 'vitest';
import { schemaChanges, schemaChangeIds, type PairOptions } from './schema-pair.js';

// `breaking.flatten_allof`: oasdiff's `--flatten-allof` (flatten/allof/merge_allof.go). Each case
// names the oasdiff test it comes from; the merge rules are those its doc.go lists.

const obj = (properties: Record<string, unknown>, required: string[] = []): Record<string, unknown> => ({
  type: 'object',
  properties,
  ...(required.length > 0 ? { required } : {}),
});
const str = { type: 'string' };
const flat: PairOptions = { flattenAllOf: true };
const requestBody = ['paths', '/things', 'post', 'requestBody', 'content', 'application/json', 'schema'];
const responseBody = ['paths', '/things', 'post', 'responses', '200', 'content', 'application/json', 'schema'];

describe('flatten_allof: edits that change nothing once merged', () => {
  it.each([
    {
      // internal/run_test.go Test_BreakingChangesFlattenAllOf (data/allof/simple.yaml -> revision.yaml):
      // a member repeating a property already declared is no breaking change.
      name: 'a member repeating a declared property',
      base: { type: 'object', allOf: [obj({ prop1: str }), obj({ prop2: { type: 'boolean' } })] },
      head: { type: 'object', allOf: [obj({ prop1: str }), obj({ prop2: { type: 'boolean' } }), obj({ prop1: str })] },
      options: {} as PairOptions,
    },
    {
      // doc.go "Properties from all subschemas are combined": the GitHub case, a response
      // schema wrapped in `allOf` with a component that declares what it declared.
      name: 'a response schema wrapped in allOf',
      base: obj({ id: str, name: str }, ['id', 'name']),
      head: { allOf: [{ $ref: '#/components/schemas/Named' }, obj({ id: str }, ['id'])] },
      options: { where: 'response', headComponents: { Named: obj({ name: str }, ['name']) } } as PairOptions,
    },
    {
      // TestMerge_Required: required lists are merged as a union, wherever they are written.
      name: 'a property and its requiredness moved from the parent into a member',
      base: { ...obj({ id: str, name: str }, ['name']), allOf: [obj({ id: str })] },
      head: { allOf: [obj({ id: str }), obj({ name: str }, ['name'])] },
      options: {} as PairOptions,
    },
    {
      // TestMerge_MaxLength: the most restrictive limit wins (10 of 10 and 20).
      name: 'a limit restated by a looser member',
      base: { type: 'string', maxLength: 10 },
      head: { allOf: [{ type: 'string', maxLength: 20 }, { maxLength: 10 }] },
      options: {} as PairOptions,
    },
    {
      // TestMerge_NestedAllOfInProperties: an allOf inside a property is merged too.
      name: 'a nested allOf inside a property',
      base: obj({ owner: obj({ login: str }, ['login']) }),
      head: obj({ owner: { allOf: [obj({ login: str }), { required: ['login'] }] } }),
      options: { where: 'response' } as PairOptions,
    },
  ])('$name', async ({ base, head, options }) => {
    expect(await schemaChangeIds(base, head, { ...flat, ...options })).toEqual([]);
  });

  it('is opt-in: without it, the wrapped response loses its properties (as oasdiff reports without the flag)', async () => {
    const base = obj({ id: str, name: str }, ['id', 'name']);
    const head = { allOf: [{ $ref: '#/components/schemas/Named' }, obj({ id: str }, ['id'])] };
    const options: PairOptions = { where: 'response', headComponents: { Named: obj({ name: str }, ['name']) } };
    expect(await schemaChangeIds(base, head, options)).toContain('response-required-property-removed');
  });
});

describe('flatten_allof: real changes inside a merged schema', () => {
  it.each([
    {
      // TestMerge_TwoObjects: the properties of both members are the merged object's.
      name: 'a required response property removed from a member',
      base: { allOf: [obj({ id: str }, ['id']), obj({ name: str }, ['name'])] },
      head: { allOf: [obj({ id: str }, ['id']), obj({})] },
      options: { where: 'response' } as PairOptions,
      expected: ['response-required-property-removed'],
    },
    {
      // TestMerge_MaxLength: the merged limit is compared (20 -> 10 lowers it).
      name: 'a member lowers the merged maxLength of a request property',
      base: obj({ name: { allOf: [{ type: 'string', maxLength: 20 }] } }),
      head: obj({ name: { allOf: [{ type: 'string', maxLength: 20 }, { maxLength: 10 }] } }),
      options: {} as PairOptions,
      expected: ['request-property-max-length-decreased'],
    },
    {
      // TestMerge_EnumContained: enums are intersected.
      name: 'a member narrows the merged enum of a request property',
      base: obj({ kind: { type: 'string', enum: ['a', 'b'] } }),
      head: obj({ kind: { allOf: [{ type: 'string', enum: ['a', 'b'] }, { enum: ['a'] }] } }),
      options: {} as PairOptions,
      expected: ['request-property-enum-value-removed'],
    },
  ])('$name', async ({ base, head, options, expected }) => {
    expect(await schemaChangeIds(base, head, { ...flat, ...options })).toEqual(expected);
  });
});

describe('flatten_allof: where a finding on a merged schema is located', () => {
  it('puts a removed property at its declaration in the base member', async () => {
    const base = { allOf: [obj({ id: str }, ['id']), obj({ name: str }, ['name'])] };
    const head = { allOf: [obj({ id: str }, ['id'])] };
    const [change] = await schemaChanges(base, head, { ...flat, where: 'response' });
    expect(change).toMatchObject({ id: 'response-required-property-removed', side: 'base' });
    expect(change?.node.path).toEqual([...responseBody, 'allOf', 1, 'properties', 'name']);
  });

  it('puts an added required property at its declaration in a head component', async () => {
    const base = obj({ id: str });
    const head = { allOf: [{ $ref: '#/components/schemas/Base' }, obj({ id: str })] };
    const [change] = await schemaChanges(base, head, { ...flat, headComponents: { Base: obj({ tag: str }, ['tag']) } });
    expect(change).toMatchObject({ id: 'new-required-request-property', side: 'head' });
    expect(change?.node.path).toEqual(['components', 'schemas', 'Base', 'properties', 'tag']);
    expect(change?.message).toContain('`tag`');
  });

  it('puts a change of a property declared in several members at its first declaration', async () => {
    const base = { allOf: [obj({ name: { type: 'string', maxLength: 20 } })] };
    const head = { allOf: [obj({ name: { type: 'string', maxLength: 20 } }), obj({ name: { maxLength: 10 } })] };
    const [change] = await schemaChanges(base, head, flat);
    expect(change?.id).toBe('request-property-max-length-decreased');
    expect(change?.node.path).toEqual([...requestBody, 'allOf', 0, 'properties', 'name']);
  });

  it("puts a change of the merged schema's own keywords at the schema holding the allOf", async () => {
    const [change] = await schemaChanges({ type: 'string', maxLength: 20 }, { allOf: [{ type: 'string' }, { maxLength: 10 }] }, flat);
    expect(change?.id).toBe('request-body-max-length-decreased');
    expect(change?.node.path).toEqual(requestBody);
  });
});

describe('flatten_allof: what cannot be merged is compared as written', () => {
  it('keeps members with conflicting types apart (TestMerge_TypeFailure, Test_FlattenCmdInvalid)', async () => {
    const base = { allOf: [obj({ prop1: str })] };
    const head = { allOf: [obj({ prop1: str }), obj({ prop1: { type: 'boolean' } })] };
    const withFlag = await schemaChangeIds(base, head, flat);
    expect(withFlag).toEqual(await schemaChangeIds(base, head));
    expect(withFlag).toContain('request-body-all-of-added');
  });

  it('terminates on an allOf that reaches itself (TestMerge_CircularAllOf)', async () => {
    const components = { Node: { allOf: [{ $ref: '#/components/schemas/Node' }, obj({ a: str })] } };
    const ids = await schemaChangeIds({ $ref: '#/components/schemas/Node' }, { $ref: '#/components/schemas/Node' }, {
      ...flat,
      baseComponents: components,
      headComponents: components,
    });
    expect(ids).toEqual([]);
  });
});

describe('flatten_allof: merged and written schemas at one place are different schemas', () => {
  it('does not reuse the comparison of a property for its merge with another declaration', async () => {
    // Head `M` merges `N`'s `name` with a second declaration; the merge is placed at `N`'s `name`,
    // which `a` compares as written just before: the two comparisons must not be taken for one.
    const name = { type: 'string', maxLength: 20 };
    const ids = await schemaChangeIds(
      obj({ a: { $ref: '#/components/schemas/N' }, b: { $ref: '#/components/schemas/N' } }),
      obj({ a: { $ref: '#/components/schemas/N' }, b: { $ref: '#/components/schemas/M' } }),
      {
        ...flat,
        baseComponents: { N: obj({ name: { $ref: '#/components/schemas/Name' } }), Name: name },
        headComponents: { N: obj({ name }), M: { allOf: [{ $ref: '#/components/schemas/N' }, obj({ name: { maxLength: 10 } })] } },
      },
    );
    expect(ids).toEqual(['request-property-max-length-decreased']);
  });
});
