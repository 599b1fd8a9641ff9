import { describe, expect, it } from 'vitest';
import { schemaChangeIds, schemaChanges, type Where } from '../schema/schema-pair.js';
import { obj, prop, str } from './schema-fixtures.js';

interface Row {
  name: string;
  base: unknown;
  head: unknown;
  request: string[];
  response: string[];
}

const rows: Row[] = [
  { name: 'optional property becomes required', base: obj({ a: str() }), head: obj({ a: str() }, ['a']),
    request: ['request-property-became-required'], response: ['response-property-became-required'] },
  { name: 'required property with a default becomes required', base: obj({ a: str({ default: 'x' }) }), head: obj({ a: str({ default: 'x' }) }, ['a']),
    request: ['request-property-became-required-with-default'], response: ['response-property-became-required'] },
  { name: 'required property becomes optional', base: obj({ a: str() }, ['a']), head: obj({ a: str() }),
    request: ['request-property-became-optional'], response: ['response-property-became-optional'] },
  { name: 'required list reordered', base: obj({ a: str(), b: str() }, ['a', 'b']), head: obj({ a: str(), b: str() }, ['b', 'a']),
    request: [], response: [] },
  { name: 'new required property', base: obj({ a: str() }), head: obj({ a: str(), b: str() }, ['b']),
    request: ['new-required-request-property'], response: ['response-required-property-added'] },
  { name: 'new required property with a default', base: obj({ a: str() }), head: obj({ a: str(), b: str({ default: 'x' }) }, ['b']),
    request: ['new-required-request-property-with-default'], response: ['response-required-property-added'] },
  { name: 'new optional property', base: obj({ a: str() }), head: obj({ a: str(), b: str() }),
    request: ['new-optional-request-property'], response: ['response-optional-property-added'] },
  { name: 'optional property removed', base: obj({ a: str(), b: str() }), head: obj({ a: str() }),
    request: ['request-property-removed'], response: ['response-optional-property-removed'] },
  { name: 'required property removed', base: obj({ a: str(), b: str() }, ['b']), head: obj({ a: str() }),
    request: ['request-property-removed'], response: ['response-required-property-removed'] },
  { name: 'readOnly property added as required', base: obj({ a: str() }), head: obj({ a: str(), id: str({ readOnly: true }) }, ['id']),
    request: [], response: ['response-required-property-added'] },
  { name: 'readOnly property removed', base: obj({ a: str(), id: str({ readOnly: true }) }), head: obj({ a: str() }),
    request: [], response: ['response-optional-property-removed'] },
  { name: 'readOnly property becomes required', base: obj({ id: str({ readOnly: true }) }), head: obj({ id: str({ readOnly: true }) }, ['id']),
    request: [], response: ['response-property-became-required'] },
  { name: 'required property gets readOnly', base: obj({ id: str() }, ['id']), head: obj({ id: str({ readOnly: true }) }, ['id']),
    request: ['request-required-property-became-read-only'], response: ['response-required-property-became-read-only'] },
  { name: 'optional property gets writeOnly', base: obj({ pw: str() }), head: obj({ pw: str({ writeOnly: true }) }),
    request: ['request-optional-property-became-write-only'], response: ['response-optional-property-became-write-only'] },
  { name: 'required property loses writeOnly', base: obj({ pw: str({ writeOnly: true }) }, ['pw']), head: obj({ pw: str() }, ['pw']),
    request: ['request-required-property-became-not-write-only'], response: ['response-required-property-became-not-write-only'] },
  { name: 'writeOnly property added as required', base: obj({ a: str() }), head: obj({ a: str(), pw: str({ writeOnly: true }) }, ['pw']),
    request: ['new-required-request-property'], response: ['response-required-write-only-property-added'] },
  { name: 'optional writeOnly property removed', base: obj({ a: str(), pw: str({ writeOnly: true }) }), head: obj({ a: str() }),
    request: ['request-property-removed'], response: ['response-optional-write-only-property-removed'] },
  { name: 'writeOnly property becomes optional', base: obj({ pw: str({ writeOnly: true }) }, ['pw']), head: obj({ pw: str({ writeOnly: true }) }),
    request: ['request-property-became-optional'], response: ['response-write-only-property-became-optional'] },
  { name: 'nested property added below items', base: { type: 'array', items: obj({ a: str() }) }, head: { type: 'array', items: obj({ a: str(), b: str() }, ['b']) },
    request: ['new-required-request-property'], response: ['response-required-property-added'] },
  { name: 'property added inside a new property is reported once', base: obj({ a: str() }), head: obj({ a: str(), b: obj({ c: str() }, ['c']) }),
    request: ['new-optional-request-property'], response: ['response-optional-property-added'] },
];

// oasdiff check_response_property_became_required.go judges "write-only" on the head's property for the
// body's own properties, but on the base's property below them (TestResponseWriteOnlyPropertyBecameRequiredCheck).
describe('schema-props: a response property becoming required, writeOnly read as oasdiff reads it', () => {
  it.each([
    { name: 'body property, writeOnly in the head', base: obj({ pw: str() }), head: obj({ pw: str({ writeOnly: true }) }, ['pw']), expected: 'response-write-only-property-became-required' },
    { name: 'body property, writeOnly in the base only', base: obj({ pw: str({ writeOnly: true }) }), head: obj({ pw: str() }, ['pw']), expected: 'response-property-became-required' },
    { name: 'nested property, writeOnly in the base only', base: prop(obj({ pw: str({ writeOnly: true }) })), head: prop(obj({ pw: str() }, ['pw'])), expected: 'response-write-only-property-became-required' },
    { name: 'nested property, writeOnly in the head only', base: prop(obj({ pw: str() })), head: prop(obj({ pw: str({ writeOnly: true }) }, ['pw'])), expected: 'response-property-became-required' },
  ])('$name', async ({ base, head, expected }) => {
    const ids = await schemaChangeIds(base, head, { where: 'response' });
    expect(ids.filter((id) => id.endsWith('-became-required'))).toEqual([expected]);
  });
});

// Ours (oasdiff reports a removal and an addition): one property removed and one added with the same
// schema and requiredness in the same object is one breaking finding naming both.
describe('schema-props: likely renames', () => {
  it.each([
    { name: 'same schema', base: obj({ name: str({ maxLength: 40 }), id: str() }), head: obj({ displayName: str({ maxLength: 40 }), id: str() }),
      request: ['request-property-renamed'], response: ['response-property-renamed'] },
    { name: 'same schema, description differs', base: obj({ name: str({ description: 'Name' }) }, ['name']), head: obj({ displayName: str({ description: 'Shown name' }) }, ['displayName']),
      request: ['request-property-renamed'], response: ['response-property-renamed'] },
    { name: 'different constraints: not a rename', base: obj({ name: str({ maxLength: 40 }) }), head: obj({ displayName: str({ maxLength: 80 }) }),
      request: ['new-optional-request-property', 'request-property-removed'], response: ['response-optional-property-added', 'response-optional-property-removed'] },
    { name: 'requiredness differs: not a rename', base: obj({ name: str() }, ['name']), head: obj({ displayName: str() }),
      request: ['new-optional-request-property', 'request-property-removed'], response: ['response-optional-property-added', 'response-required-property-removed'] },
    // GitHub's /rate_limit: `code_scanning_upload` gone, `copilot_usage_records` new, both the same `$ref`.
    { name: 'unrelated names: not a rename', base: obj({ code_scanning_upload: str() }), head: obj({ copilot_usage_records: str() }),
      request: ['new-optional-request-property', 'request-property-removed'], response: ['response-optional-property-added', 'response-optional-property-removed'] },
    { name: 'names sharing a word', base: obj({ user_id: str() }), head: obj({ userIdentifier: str() }),
      request: ['request-property-renamed'], response: ['response-property-renamed'] },
    { name: 'two candidates: not guessed', base: obj({ name: str(), id: str() }), head: obj({ displayName: str(), label: str(), id: str() }),
      request: ['new-optional-request-property', 'new-optional-request-property', 'request-property-removed'],
      response: ['response-optional-property-added', 'response-optional-property-added', 'response-optional-property-removed'] },
  ])('$name', async ({ base, head, request, response }) => {
    expect(await schemaChangeIds(base, head, { where: 'request' })).toEqual(request);
    expect(await schemaChangeIds(base, head, { where: 'response' })).toEqual(response);
  });

  it('names both properties in one message', async () => {
    const [change, ...rest] = await schemaChanges(obj({ name: str() }), obj({ displayName: str() }), { where: 'response' });
    expect(rest).toEqual([]);
    expect(change?.message).toContain('`displayName`');
    expect(change?.message).toContain('`name`');
  });
});

describe('schema-props', () => {
  for (const where of ['request', 'response'] as const satisfies readonly Where[]) {
    it.each(rows)(`${where}: $name`, async (row) => {
      expect(await schemaChangeIds(row.base, row.head, { where })).toEqual([...row[where]].sort());
    });
  }

  it('reports a new required property of an object-valued header parameter', async () => {
    expect(await schemaChangeIds(obj({ a: str() }), obj({ a: str(), b: str() }, ['b']), { where: 'header' })).toEqual([
      'new-required-request-header-property',
    ]);
  });

  it('reports nothing for added or removed properties of a query parameter object', async () => {
    expect(await schemaChangeIds(obj({ a: str(), b: str() }), obj({ a: str(), c: str() }, ['c']), { where: 'query' })).toEqual([]);
  });
});
