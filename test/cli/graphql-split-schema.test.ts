import { unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/diff/change.js';
import { cli } from './run-cli-captured.js';
import { useTempGitRepo } from './temp-git-repo.js';

// A GraphQL schema split over the files of one folder is compared as one schema by `--git`.
const query = '"""Entry points."""\ntype Query {\n  """One user."""\n  user(id: ID!): User\n}\n';
const user = '"""A person."""\ntype User {\n  """Its id."""\n  id: ID!\n  """Where to write."""\n  email: String\n}\n';
const admin = 'extend type Query {\n  """Every user."""\n  users: [User!]!\n}\n';

const repo = useTempGitRepo('api-review-gql-', ({ git, write }) => {
  write('schema/query.graphql', query);
  write('schema/user.graphql', user);
  write('schema/admin.graphql', admin);
  git('add', '.');
  git('commit', '-q', '-m', 'base');
});
const { write } = repo;

async function diffOfWorkingTree(): Promise<string[]> {
  const { code, out, err } = await cli('diff', '--git', 'HEAD..', '--format', 'json');
  expect(err).toBe('');
  expect(code).toBe(0);
  return (JSON.parse(out) as { changes: Change[] }).changes.map((change) => `${change.level} ${change.id} ${change.path.join('.')} ${change.source.file}`);
}

describe('api-review diff --git: a GraphQL schema split over files', () => {
  it.each([
    { name: 'a cosmetic edit of one file: nothing changed, no unknown type', edit: () => write('schema/query.graphql', `# Queries\n${query}`), expected: [] },
    {
      name: 'a type moved to another file: no change',
      edit: () => {
        unlinkSync(join(repo.path, 'schema/user.graphql'));
        write('schema/query.graphql', query + user);
      },
      expected: [],
    },
    {
      name: 'a field removed in one file: FIELD_REMOVED, located in that file',
      edit: () => write('schema/user.graphql', user.replace('  """Where to write."""\n  email: String\n', '')),
      expected: ['error FIELD_REMOVED User.email schema/user.graphql'],
    },
  ])('$name', async ({ edit, expected }) => {
    edit();
    expect(await diffOfWorkingTree()).toEqual(expected);
  });

  it('review: the split schema lints as one (its root type is found)', async () => {
    write('schema/query.graphql', `# Queries\n${query}`);
    const { out } = await cli('review', '--git', 'HEAD..', '--format', 'json');
    expect(out).not.toContain('graphql-schema-valid');
    expect(out).not.toContain('Unknown type');
    expect(out).toContain('schema/query.graphql');
  });
});

describe('api-review diff BASE HEAD of two folders: a GraphQL schema split over files', () => {
  const folders = (baseFiles: Record<string, string>, headFiles: Record<string, string>): void => {
    for (const [path, text] of Object.entries(baseFiles)) write(`v1/${path}`, text);
    for (const [path, text] of Object.entries(headFiles)) write(`v2/${path}`, text);
  };
  const split = { 'schema/query.graphql': query, 'schema/user.graphql': user, 'schema/admin.graphql': admin };

  async function diffOfFolders(): Promise<string[]> {
    const { code, out, err } = await cli('diff', 'v1', 'v2', '--format', 'json');
    expect(err).toBe('');
    expect(code).toBe(0);
    return (JSON.parse(out) as { changes: Change[] }).changes.map((change) => `${change.level} ${change.id} ${change.path.join('.')} ${change.source.file}`);
  }

  it.each([
    { name: 'a cosmetic edit: no change', head: { ...split, 'schema/admin.graphql': `# Admin\n${admin}` }, expected: [] },
    { name: 'a type moved between files: no change', head: { 'schema/query.graphql': query + user, 'schema/admin.graphql': admin }, expected: [] },
    {
      name: 'a field removed from the extension file: FIELD_REMOVED located there',
      head: { ...split, 'schema/admin.graphql': 'extend type Query {\n  """Me."""\n  me: User\n}\n' },
      expected: ['info FIELD_ADDED Query.me schema/admin.graphql', 'info FIELD_DESCRIPTION_ADDED Query.me schema/admin.graphql', 'error FIELD_REMOVED Query.users schema/admin.graphql'],
    },
  ])('$name', async ({ head, expected }) => {
    folders(split, head);
    expect(await diffOfFolders()).toEqual(expected);
  });

  it('a folder and a file are refused', async () => {
    folders(split, split);
    const { code, err } = await cli('diff', 'v1', 'v2/schema/query.graphql', '--format', 'json');
    expect(code).not.toBe(0);
    expect(err).toContain('both be files or both be folders');
  });
});
