import { describe, expect, it } from 'vitest';
import { diffGraphql } from '../../../src/formats/graphql/diff-graphql.js';
import { lintGraphql } from '../../../src/formats/graphql/lint-graphql.js';
import { memorySource } from '../../../src/specs/memory-source.js';

// One schema over three files: the root uses `User` from another file, and a third extends Query.
const query = '"""Entry points."""\ntype Query {\n  """One user."""\n  user(id: ID!): User\n}\n';
const user = '"""A person."""\ntype User {\n  """Its id."""\n  id: ID!\n  """Where to write."""\n  email: String\n}\n';
const admin = 'extend type Query {\n  """Every user."""\n  users: [User!]!\n}\n';

type Files = Record<string, string>;

/** A contract side rooted at `root`, with the other files of the schema as companions. */
function side(root: string, files: Files) {
  const companions = Object.entries(files)
    .filter(([path]) => path !== root)
    .map(([path, text]) => ({ path, text }));
  return { source: memorySource(files), path: root, text: files[root] as string, companions };
}

const split: Files = { 'schema/query.graphql': query, 'schema/user.graphql': user, 'schema/admin.graphql': admin };

describe('a GraphQL schema split over several files', () => {
  it('is built as one schema: no change, no unknown type', async () => {
    const result = await diffGraphql(side('schema/query.graphql', split), side('schema/query.graphql', split));
    expect(result.problems).toEqual([]);
    expect(result.changes).toEqual([]);
  });

  it('lints as one schema: the root type is found, and findings are in the defining file', () => {
    const files = side('schema/query.graphql', { ...split, 'schema/user.graphql': user.replace('"""Where to write."""\n  ', '') });
    const findings = lintGraphql([{ path: files.path, text: files.text }, ...files.companions]);
    expect(findings.filter((finding) => finding.code === 'graphql-schema-valid')).toEqual([]);
    expect(findings.map((finding) => `${finding.code} ${finding.source.file}:${finding.source.line}`)).toEqual(['graphql-field-description schema/user.graphql:5']);
  });

  it('a type moved from one file to another is no change', async () => {
    const moved: Files = { 'schema/query.graphql': query + user, 'schema/admin.graphql': admin };
    const result = await diffGraphql(side('schema/query.graphql', split), side('schema/query.graphql', moved));
    expect(result.changes).toEqual([]);
  });

  it('a field removed in one file is one FIELD_REMOVED located in that file', async () => {
    const removed: Files = { ...split, 'schema/user.graphql': user.replace('  """Where to write."""\n  email: String\n', '') };
    const result = await diffGraphql(side('schema/query.graphql', split), side('schema/query.graphql', removed));
    expect(result.changes.map((change) => `${change.level} ${change.id} ${change.path.join('.')} ${change.source.file}:${change.source.line}`)).toEqual([
      'error FIELD_REMOVED User.email schema/user.graphql:6',
    ]);
  });

  it('a field removed from an extension is located in the extending file', async () => {
    const removed: Files = { ...split, 'schema/admin.graphql': admin.replace('  """Every user."""\n  users: [User!]!\n', '  """Me."""\n  me: User\n') };
    const result = await diffGraphql(side('schema/query.graphql', split), side('schema/query.graphql', removed));
    expect(result.changes.filter((change) => change.id === 'FIELD_REMOVED').map((change) => `${change.path.join('.')} ${change.source.file}:${change.source.line}`)).toEqual([
      'Query.users schema/admin.graphql:3',
    ]);
  });

  it('a file alone still names a type it does not define as a problem', async () => {
    const result = await diffGraphql(undefined, { source: memorySource({ 'q.graphql': query }), path: 'q.graphql', text: query });
    expect(result.problems).toMatchObject([{ code: 'parse-error', source: { file: 'q.graphql' } }]);
    expect(result.problems[0]?.message).toContain('Unknown type');
  });
});
