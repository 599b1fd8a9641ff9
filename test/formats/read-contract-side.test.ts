import { describe, expect, it } from 'vitest';
import { readContractSide } from '../../src/formats/read-contract.js';
import { memorySource } from '../../src/specs/memory-source.js';

const files = {
  'schema/query.graphql': 'type Query {\n  user: User\n}\n',
  'schema/user.graphql': 'type User {\n  id: ID!\n}\n',
  'schema/operations.graphql': 'query Me {\n  user {\n    id\n  }\n}\n',
};
const limits = { bytes_per_file: 1024, files: 10 };

async function sideOf(root: string | undefined, companions: string[], sideLimits = limits) {
  const read = await readContractSide(memorySource(files), root, companions, sideLimits);
  if (read === undefined) return 'no side';
  if (!read.ok) return `${read.problem.code}: ${read.problem.message}`;
  return [read.input.path, ...(read.input.companions ?? []).map((companion) => companion.path)].join(' + ');
}

describe('readContractSide', () => {
  it.each([
    { name: 'a root alone', root: 'schema/query.graphql', companions: [], expected: 'schema/query.graphql' },
    { name: 'a root with its schema files', root: 'schema/query.graphql', companions: ['schema/user.graphql'], expected: 'schema/query.graphql + schema/user.graphql' },
    { name: 'a file of queries is no part of the schema', root: 'schema/query.graphql', companions: ['schema/operations.graphql', 'schema/user.graphql'], expected: 'schema/query.graphql + schema/user.graphql' },
    { name: 'a companion gone at this revision is skipped', root: 'schema/query.graphql', companions: ['schema/gone.graphql'], expected: 'schema/query.graphql' },
    { name: 'a deleted root: the schema is what the other files make', root: undefined, companions: ['schema/query.graphql', 'schema/user.graphql'], expected: 'schema/query.graphql + schema/user.graphql' },
    { name: 'no root and no schema file: no side', root: undefined, companions: ['schema/operations.graphql'], expected: 'no side' },
  ])('$name', async ({ root, companions, expected }) => {
    expect(await sideOf(root, companions)).toBe(expected);
  });

  it('a schema of more files than limits.files is refused with the limit named', async () => {
    expect(await sideOf('schema/query.graphql', ['schema/user.graphql'], { ...limits, files: 1 })).toMatch(/^limit-exceeded: .*limits\.files/);
  });
});
