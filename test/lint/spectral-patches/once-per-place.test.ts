// Where a resolved path lands in the file: two paths share a key when they reach the same place,
// and a route through a `$ref` that Spectral could not map back gets no key at all.
import { describe, expect, it } from 'vitest';
import { placeFinder } from '../../../src/lint/spectral-patches/once-per-place.js';

const data = {
  paths: {
    '/pets': {
      get: { responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } } } },
      post: { requestBody: { $ref: '#/components/requestBodies/NewPet' } },
      put: { requestBody: { $ref: '#/components/requestBodies/NewPet' } },
    },
    '/stores': {
      get: { responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Alias' } } } } } },
    },
    '/remote': { get: { responses: { '200': { $ref: 'other.yaml#/Ok' } } } },
  },
  components: {
    schemas: {
      Pet: { type: 'object', properties: { owner_name: { type: 'string' }, id: { type: 'string' } } },
      Alias: { $ref: '#/components/schemas/Pet' },
      'a/b': { type: 'string' },
      Reactions: { type: 'object', properties: { '+1': { type: 'integer' } } },
      Odd: { $ref: '#/components/schemas/Reac%74ions' },
    },
    requestBodies: { NewPet: { content: { 'application/json': { schema: { type: 'object' }, example: {} } } } },
  },
};

const viaPets = ['paths', '/pets', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'owner_name'];
const viaStores = ['paths', '/stores', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'owner_name'];
const inPlace = ['components', 'schemas', 'Pet', 'properties', 'owner_name'];
const media = { type: 'media' };

describe('placeFinder', () => {
  it.each([
    { name: 'two operations reaching it, one through a $ref to a $ref', one: viaPets, other: viaStores, same: true },
    { name: 'a property reached through a $ref and where it is written', one: viaPets, other: inPlace, same: true },
    { name: 'two properties of one schema', one: inPlace, other: ['components', 'schemas', 'Pet', 'properties', 'id'], same: false },
    { name: 'a schema and one of its properties', one: ['components', 'schemas', 'Pet'], other: inPlace, same: false },
  ])('$name', ({ one, other, same }) => {
    const placeOf = placeFinder(data);
    expect(placeOf(one) === placeOf(other)).toBe(same);
    expect(placeOf(one)).toBeDefined();
  });

  it('keeps a media object reached as a request apart from the same object reached as a component', () => {
    const placeOf = placeFinder(data);
    const asRequest = placeOf(['paths', '/pets', 'post', 'requestBody', 'content', 'application/json'], media);
    const asComponent = placeOf(['components', 'requestBodies', 'NewPet', 'content', 'application/json'], media);
    expect(asRequest).toBeDefined();
    expect(asRequest).not.toBe(asComponent);
    expect(placeOf(['paths', '/pets', 'put', 'requestBody', 'content', 'application/json'], media)).toBe(asRequest);
  });

  it('merges no route through a $ref whose later keys Spectral cannot map back', () => {
    const placeOf = placeFinder(data);
    expect(placeOf(['components', 'schemas', 'Reactions', 'properties', '+1'])).toBeDefined();
    expect(placeOf(['x', 'properties', '+1'])).toBeUndefined();
    expect(placeFinder({ ...data, x: { $ref: '#/components/schemas/Reactions' } })(['x', 'properties', '+1'])).toBeUndefined();
    expect(placeFinder({ ...data, x: { $ref: '#/components/schemas/Reactions' } })(['x', 'properties'])).toBeDefined();
    expect(placeOf(['components', 'schemas', 'Odd', 'type'])).toBeUndefined();
  });

  it('gives no key through a $ref to another file, so such places are always linted', () => {
    expect(placeFinder(data)(['paths', '/remote', 'get', 'responses', '200', 'description'])).toBeUndefined();
  });

  it('gives no key for a path that leaves the document', () => {
    expect(placeFinder(data)(['paths', '/nowhere', 'get', 'summary'])).toBeUndefined();
  });

  it('decodes escaped pointer segments', () => {
    const escaped = { x: { $ref: '#/components/schemas/a~1b' }, y: { $ref: '#/components/schemas' }, components: data.components };
    const placeOf = placeFinder(escaped);
    expect(placeOf(['x', 'type'])).toBeDefined();
    expect(placeOf(['x', 'type'])).toBe(placeOf(['y', 'a/b', 'type']));
  });

  it('names the root on its own', () => {
    expect(placeFinder(data)([])).toBe('root');
  });

  it('finds each place alike whatever was looked up before (the walk resumes from the last path)', () => {
    // Each path with the place it reaches, named by hand; none where no key is given.
    const lookups: Array<[string[], string | undefined]> = [
      [viaPets, 'owner_name of Pet'],
      [viaPets.slice(0, 8), 'schema of the /pets response'],
      [viaStores, 'owner_name of Pet'],
      [['paths', '/nowhere', 'get', 'summary'], undefined],
      [['paths', '/pets', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'id'], 'id of Pet'],
      [inPlace, 'owner_name of Pet'],
      [['components', 'schemas', 'Odd', 'type'], undefined],
      [['components', 'schemas', 'Odd'], 'the Odd component'],
      [['components', 'schemas', 'Odd', 'properties', 'y'], undefined],
      [['components', 'schemas', 'Odd', 'properties', 'x'], undefined],
      [['paths', '/remote', 'get', 'responses', '200', 'description'], undefined],
      [['paths', '/remote', 'get'], 'get of /remote'],
      [viaPets, 'owner_name of Pet'],
    ];
    for (const order of [lookups, [...lookups].reverse()]) {
      const placeOf = placeFinder(data);
      const found = order.map(([path, place]) => ({ key: placeOf(path), place }));
      for (const one of found) {
        expect(one.key === undefined).toBe(one.place === undefined);
        for (const other of found) if (one.place !== undefined) expect(one.key === other.key).toBe(one.place === other.place);
      }
    }
  });
});
