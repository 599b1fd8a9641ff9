import { describe, expect, it } from 'vitest';
import { mayAffectSpecs } from '../../src/specs/spec-relevance.js';
import { memorySource } from '../../src/specs/memory-source.js';
import { selectSpecs, type ChangedFile } from '../../src/specs/select-specs.js';

const files: Record<string, string> = {
  'api/schema.graphql': 'type Query {\n  me: ID\n}\n',
  'web/queries/me.graphql': 'query Me {\n  me\n}\n',
  'proto/acme/v1/user.proto': 'syntax = "proto3";\npackage acme.v1;\nmessage User { string id = 1; }\n',
  'events/orders.yaml': 'asyncapi: 3.0.0\ninfo:\n  title: Orders\n  version: 1.0.0\n',
  'events/asyncapi.yaml': 'asyncapi: 2.6.0\ninfo:\n  title: Users\n  version: 1.0.0\n',
  'schema/extra.sdl': 'type Thing {\n  id: ID\n}\n',
  '.github/workflows/ci.yml': 'jobs: {}\n',
  'README.md': '# readme\n',
};

const modified = (...paths: string[]): ChangedFile[] => paths.map((path) => ({ status: 'modified', path }));

async function selected(changed: ChangedFile[], contracts?: { asyncapi: string[]; graphql: string[]; protobuf: string[] }) {
  const source = memorySource(files);
  const pairs = await selectSpecs({ changed, base: source, head: source, headPaths: Object.keys(files), globs: [], ...(contracts ? { contracts } : {}) });
  return pairs.map((pair) => pair.head ?? pair.base);
}

describe('discovery of AsyncAPI, GraphQL and Protobuf contracts', () => {
  it('selects SDL that defines types, Protobuf files and AsyncAPI documents (by name or content)', async () => {
    expect(await selected(modified(...Object.keys(files)))).toEqual(['api/schema.graphql', 'events/asyncapi.yaml', 'events/orders.yaml', 'proto/acme/v1/user.proto']);
  });

  it('takes extra globs per format from the config', async () => {
    expect(await selected(modified('schema/extra.sdl'), { asyncapi: [], graphql: ['schema/*.sdl'], protobuf: [] })).toEqual(['schema/extra.sdl']);
    expect(await selected(modified('schema/extra.sdl'))).toEqual([]);
  });

  it.each([
    { name: 'only a .graphql file', changed: modified('api/schema.graphql'), expected: true },
    { name: 'only a .proto file', changed: modified('proto/acme/v1/user.proto'), expected: true },
    { name: 'only Markdown', changed: modified('README.md'), expected: false },
  ])('a pull request changing $name is looked at: $expected', ({ changed, expected }) => {
    expect(mayAffectSpecs(changed)).toBe(expected);
  });
});
