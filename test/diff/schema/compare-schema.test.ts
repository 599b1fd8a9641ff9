import { describe, expect, it } from 'vitest';
import { schemaChangeIds, schemaChanges } from './schema-pair.js';

const obj = (properties: Record<string, unknown>, required: string[] = []): Record<string, unknown> => ({
  type: 'object',
  properties,
  ...(required.length > 0 ? { required } : {}),
});

describe('compareSchema', () => {
  it('reports nothing for identical schemas', async () => {
    const schema = obj({ name: { type: 'string', maxLength: 5 } }, ['name']);
    expect(await schemaChangeIds(schema, schema)).toEqual([]);
  });

  it('names nested properties by their path from the body root', async () => {
    const base = { type: 'array', items: obj({ owner: obj({ email: { type: 'string', maxLength: 50 } }) }) };
    const head = { type: 'array', items: obj({ owner: obj({ email: { type: 'string', maxLength: 20 } }) }) };
    const [change] = await schemaChanges(base, head);
    expect(change?.id).toBe('request-property-max-length-decreased');
    expect(change?.message).toContain('`items/owner/email`');
    expect(change?.side).toBe('head');
    expect(change?.operation).toBe('POST /things');
  });

  it('points removals at the base node', async () => {
    const [change] = await schemaChanges(obj({ a: { type: 'string' }, b: { type: 'string' } }), obj({ a: { type: 'string' } }));
    expect(change).toMatchObject({ id: 'request-property-removed', side: 'base' });
    expect(change?.node.path).toEqual(['paths', '/things', 'post', 'requestBody', 'content', 'application/json', 'schema', 'properties', 'b']);
  });

  it('sees no change when an inline schema moves into a component', async () => {
    const pet = obj({ name: { type: 'string' } }, ['name']);
    const ids = await schemaChangeIds(obj({ pet }), obj({ pet: { $ref: '#/components/schemas/Pet' } }), { headComponents: { Pet: pet } });
    expect(ids).toEqual([]);
  });

  it('follows recursive components on both sides without looping', async () => {
    const node = (max: number): Record<string, unknown> => obj({ label: { type: 'string', maxLength: max }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } });
    const changes = await schemaChanges({ $ref: '#/components/schemas/Node' }, { $ref: '#/components/schemas/Node' }, {
      baseComponents: { Node: node(10) },
      headComponents: { Node: node(5) },
    });
    // Once, at the root: as in oasdiff, the recursion back to the root pair closes the cycle.
    expect(changes.map((change) => change.message)).toEqual(['request property `label`: `maxLength` was lowered from 10 to 5']);
  });
});
