import { describe, expect, it } from 'vitest';
import { diffIds, openapi, yaml } from '../spec-pair.js';

const indent = (text: string, by: number) => text.split('\n').map((line) => (line === '' ? line : ' '.repeat(by) + line)).join('\n');
const pets = (operations: string, path = '/pets/{id}') => openapi(`paths:\n  ${path}:\n${indent(operations, 4)}`);

const get = yaml`
    get:
      responses:
        '200': { description: ok }
`;
const getAndDelete = yaml`
    get:
      responses:
        '200': { description: ok }
    delete:
      responses:
        '204': { description: gone }
`;
const deleteWith = (extra: string) => `delete:\n${extra}  responses:\n    '204': { description: gone }\n`;

describe('paths family', () => {
  it.each([
    { name: 'identical', base: pets(get), head: pets(get), expected: [] },
    { name: 'operation added', base: pets(get), head: pets(getAndDelete), expected: ['endpoint-added'] },
    { name: 'path added', base: pets(get), head: pets(get) + `  /owners:\n${indent(get, 4)}`, expected: ['endpoint-added'] },
    {
      name: 'path removed: one finding per operation',
      base: pets(getAndDelete),
      head: openapi('paths: {}\n'),
      expected: ['api-path-removed-without-deprecation', 'api-path-removed-without-deprecation'],
    },
    { name: 'operation removed', base: pets(getAndDelete), head: pets(get), expected: ['api-removed-without-deprecation'] },
    {
      name: 'deprecated operation removed',
      base: pets(get + deleteWith('  deprecated: true\n')),
      head: pets(get),
      expected: ['api-removed-with-deprecation'],
    },
    {
      name: 'removed before its sunset',
      base: pets(get + deleteWith("  deprecated: true\n  x-sunset: '2030-01-01'\n")),
      head: pets(get),
      expected: ['api-removed-before-sunset'],
    },
    {
      name: 'removed after its sunset: reported as info, not dropped',
      base: pets(get + deleteWith("  deprecated: true\n  x-sunset: '2020-01-01'\n")),
      head: pets(get),
      expected: ['api-removed-with-deprecation'],
    },
    {
      name: 'removed with an unreadable sunset',
      base: pets(get + deleteWith("  deprecated: true\n  x-sunset: 'next year'\n")),
      head: pets(get),
      expected: ['api-path-sunset-parse'],
    },
    {
      name: 'whole path removed before its sunset',
      base: pets(deleteWith("  deprecated: true\n  x-sunset: '2030-01-01'\n")),
      head: openapi('paths: {}\n'),
      expected: ['api-path-removed-before-sunset'],
    },
    {
      name: 'deprecated path removed',
      base: pets(deleteWith('  deprecated: true\n')),
      head: openapi('paths: {}\n'),
      expected: ['api-path-removed-with-deprecation'],
    },
    {
      name: 'draft operation removed: nothing',
      base: pets(get + deleteWith('  x-stability-level: draft\n')),
      head: pets(get),
      expected: [],
    },
    { name: 'path parameter renamed: nothing', base: pets(get), head: pets(get, '/pets/{petId}'), expected: [] },
    {
      name: 'operationId added',
      base: pets(get),
      head: pets(get.replace('get:\n', 'get:\n  operationId: getPet\n')),
      expected: ['api-operation-id-added'],
    },
    {
      name: 'operationId renamed',
      base: pets(get.replace('get:\n', 'get:\n  operationId: getPet\n')),
      head: pets(get.replace('get:\n', 'get:\n  operationId: fetchPet\n')),
      expected: ['api-operation-id-removed'],
    },
    {
      name: 'tags added and removed',
      base: pets(get.replace('get:\n', 'get:\n  tags: [pets, animals]\n')),
      head: pets(get.replace('get:\n', 'get:\n  tags: [pets, store]\n')),
      expected: ['api-tag-added', 'api-tag-removed'],
    },
  ])('$name', async ({ base, head, expected }) => {
    expect(await diffIds(base, head)).toEqual(expected);
  });

  it('matches webhooks of 3.1 by name', async () => {
    const hook = (name: string) => yaml`
      openapi: 3.1.0
      info: { title: Test, version: '1.0' }
      webhooks:
        ${name}:
          post:
            responses:
              '200': { description: ok }
    `;
    expect(await diffIds(hook('newPet'), hook('petAdded'))).toEqual(['webhook-added', 'webhook-removed']);
    expect(await diffIds(hook('newPet'), hook('newPet'))).toEqual([]);
  });
});
