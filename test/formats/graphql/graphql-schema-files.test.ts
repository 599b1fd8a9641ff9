import { describe, expect, it } from 'vitest';
import { graphqlNameMatcher } from '../../../src/formats/contract-files.js';
import { basePathsOf, groupGraphqlSchemas } from '../../../src/formats/graphql/graphql-schema-files.js';

const isGraphqlName = graphqlNameMatcher(undefined);
const headPaths = ['schema/query.graphql', 'schema/user.graphql', 'schema/notes.md', 'other/alone.graphql', 'openapi.yaml'];

describe('groupGraphqlSchemas', () => {
  it.each([
    {
      name: 'a changed file carries the other GraphQL files of its folder',
      pairs: [{ base: 'schema/query.graphql', head: 'schema/query.graphql' }],
      expected: [{ base: 'schema/query.graphql', head: 'schema/query.graphql', companions: { base: ['schema/user.graphql'], head: ['schema/user.graphql'] } }],
    },
    {
      name: 'two changed files of one folder are one schema, reviewed once',
      pairs: [
        { base: 'schema/query.graphql', head: 'schema/query.graphql' },
        { base: 'schema/user.graphql', head: 'schema/user.graphql' },
      ],
      expected: [{ base: 'schema/query.graphql', head: 'schema/query.graphql', companions: { base: ['schema/user.graphql'], head: ['schema/user.graphql'] } }],
    },
    { name: 'a file alone in its folder stays as it was', pairs: [{ base: 'other/alone.graphql', head: 'other/alone.graphql' }], expected: [{ base: 'other/alone.graphql', head: 'other/alone.graphql' }] },
    { name: 'other formats pass unchanged', pairs: [{ base: 'openapi.yaml', head: 'openapi.yaml' }], expected: [{ base: 'openapi.yaml', head: 'openapi.yaml' }] },
    {
      name: 'a deleted file keeps the schema the rest of its folder still makes',
      pairs: [{ base: 'schema/gone.graphql' }],
      basePaths: [...headPaths, 'schema/gone.graphql'],
      expected: [{ base: 'schema/gone.graphql', companions: { base: ['schema/query.graphql', 'schema/user.graphql'], head: ['schema/query.graphql', 'schema/user.graphql'] } }],
    },
    {
      name: 'a folder with a deleted and a modified file is named by the surviving one',
      pairs: [{ base: 'schema/a-gone.graphql' }, { base: 'schema/user.graphql', head: 'schema/user.graphql' }],
      basePaths: [...headPaths, 'schema/a-gone.graphql'],
      expected: [{ base: 'schema/user.graphql', head: 'schema/user.graphql', companions: { base: ['schema/a-gone.graphql', 'schema/query.graphql'], head: ['schema/query.graphql'] } }],
    },
  ])('$name', ({ pairs, basePaths, expected }) => {
    expect(groupGraphqlSchemas(pairs, { basePaths: basePaths ?? headPaths, headPaths, isGraphqlName })).toEqual(expected);
  });
});

describe('basePathsOf', () => {
  it('undoes additions, removals and renames', () => {
    const changed = [
      { status: 'added', path: 'a.graphql' },
      { status: 'removed', path: 'b.graphql' },
      { status: 'renamed', path: 'c2.graphql', previousPath: 'c1.graphql' },
      { status: 'modified', path: 'd.graphql' },
    ];
    expect(basePathsOf(['a.graphql', 'c2.graphql', 'd.graphql'], changed).sort()).toEqual(['b.graphql', 'c1.graphql', 'd.graphql']);
  });
});
