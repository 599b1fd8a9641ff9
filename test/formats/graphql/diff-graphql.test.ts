import { describe, expect, it } from 'vitest';
import { diffGraphql } from '../../../src/formats/graphql/diff-graphql.js';
import { memorySource } from '../../../src/specs/memory-source.js';

const schema = (body: string) => `type Query {\n  user(id: ID!): User\n  users(first: Int): [User!]!\n}\n${body}`;
const user = 'type User {\n  id: ID!\n  email: String\n  name: String\n}\n';
const role = 'enum Role {\n  ADMIN\n  MEMBER\n}\n';
const filter = 'input UserFilter {\n  role: Role\n}\n';
const baseText = schema(user + role + filter);

const side = (path: string, text: string) => ({ source: memorySource({ [path]: text }), path, text });

async function changesOf(baseSdl: string, headSdl: string) {
  const result = await diffGraphql(side('base.graphql', baseSdl), side('head.graphql', headSdl));
  return result.changes.map((change) => `${change.level} ${change.id} ${change.path.join('.')}`);
}

describe('diffGraphql', () => {
  it.each([
    { name: 'a field removed', head: schema(user.replace('  email: String\n', '') + role + filter), expected: ['error FIELD_REMOVED User.email'] },
    { name: 'an argument made non-null', head: baseText.replace('first: Int', 'first: Int!'), expected: ['error FIELD_ARGUMENT_TYPE_CHANGED Query.users.first'] },
    { name: 'an enum value removed', head: baseText.replace('  ADMIN\n', ''), expected: ['error ENUM_VALUE_REMOVED Role.ADMIN'] },
    { name: 'an enum value added (dangerous)', head: baseText.replace('  MEMBER\n', '  MEMBER\n  GUEST\n'), expected: ['warning ENUM_VALUE_ADDED Role.GUEST'] },
    { name: 'a required input field added', head: baseText.replace('  role: Role\n', '  role: Role\n  team: ID!\n'), expected: ['error INPUT_FIELD_ADDED UserFilter.team'] },
    { name: 'an optional input field added', head: baseText.replace('  role: Role\n', '  role: Role\n  team: ID\n'), expected: ['info INPUT_FIELD_ADDED UserFilter.team'] },
    { name: 'a field added', head: baseText.replace('  name: String\n', '  name: String\n  phone: String\n'), expected: ['info FIELD_ADDED User.phone'] },
    { name: 'a description added (cosmetic)', head: baseText.replace('type User {', '"""A person."""\ntype User {'), expected: ['info TYPE_DESCRIPTION_ADDED User'] },
    { name: 'fields reordered', head: baseText.replace('  email: String\n  name: String\n', '  name: String\n  email: String\n'), expected: [] },
  ])('$name', async ({ head, expected }) => {
    expect(await changesOf(baseText, head)).toEqual(expected);
  });

  it('places a removal at its line in the base and a change at its line in the head', async () => {
    const removed = await diffGraphql(side('base.graphql', baseText), side('head.graphql', schema(user.replace('  email: String\n', '') + role + filter)));
    expect(removed.changes[0]).toMatchObject({ format: 'graphql', operation: 'User.email', source: { file: 'base.graphql', line: 7, column: 3 } });
    const added = await diffGraphql(side('base.graphql', baseText), side('head.graphql', baseText.replace('first: Int', 'first: Int!')));
    expect(added.changes[0]).toMatchObject({ operation: 'Query.users', source: { file: 'head.graphql', line: 3, column: 9 } });
  });

  it('reports an SDL that does not parse as a problem with its line, and compares nothing', async () => {
    const result = await diffGraphql(side('base.graphql', baseText), side('head.graphql', 'type Query {\n  me: \n'));
    expect(result.changes).toEqual([]);
    expect(result.problems).toMatchObject([{ code: 'parse-error', fatal: true, source: { file: 'head.graphql', line: 3 } }]);
  });

  it('a deleted schema removes every type', async () => {
    const result = await diffGraphql(side('schema.graphql', baseText), undefined);
    expect(result.changes.filter((change) => change.id === 'TYPE_REMOVED').map((change) => change.path[0]).sort()).toEqual(['Query', 'Role', 'User', 'UserFilter']);
    expect(result.changes.every((change) => change.level === 'error')).toBe(true);
  });
});
