// The side a change's location points into comes from the check that found it, not from its id:
// a removed enum value is read in the head's schema although its id says `removed`.
import { describe, expect, it } from 'vitest';
import { diff, openapi, operation, yaml } from './spec-pair.js';

const enumQuery = (values: string[]) =>
  operation(yaml`
    parameters:
      - name: status
        in: query
        schema:
          type: string
          enum: [${values.join(', ')}]
    responses:
      '200':
        description: ok
  `);

const onePath = (paths: string[]) =>
  openapi(`paths:\n${paths.map((path) => `  ${path}:\n    get:\n      responses:\n        '200':\n          description: ok\n`).join('')}`);

describe('Change.side', () => {
  it.each([
    { name: 'a removed operation is located in the base', base: onePath(['/pets', '/owners']), head: onePath(['/pets']), id: 'api-path-removed-without-deprecation', side: 'base' },
    { name: 'a removed enum value is located in the head schema', base: enumQuery(['a', 'b']), head: enumQuery(['a']), id: 'request-parameter-enum-value-removed', side: 'head' },
    { name: 'an added enum value is located in the head', base: enumQuery(['a']), head: enumQuery(['a', 'b']), id: 'request-parameter-enum-value-added', side: 'head' },
  ])('$name', async ({ base, head, id, side }) => {
    const changes = await diff(base, head);
    const found = changes.find((change) => change.id === id);
    expect(found, changes.map((change) => change.id).join(', ')).toBeDefined();
    expect(found?.side).toBe(side);
  });
});
