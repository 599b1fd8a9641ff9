import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/diff/change.js';
import { cli } from './run-cli-captured.js';
import { useTempGitRepo } from './temp-git-repo.js';

// `--git` finds the contracts a change touches as the App does, `contracts.*` globs included.
const schemaV1 = 'type Query {\n  order(id: ID!): Order\n}\n\ntype Order {\n  id: ID!\n  total: Int\n}\n';
const schemaV2 = 'type Query {\n  order(id: ID!): Order\n}\n\ntype Order {\n  id: ID!\n}\n';

const repo = useTempGitRepo('api-review-git-', ({ git, write }) => {
  write('api/orders.sdl', schemaV1);
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  write('api/orders.sdl', schemaV2);
  git('commit', '-q', '-am', 'head');
});
const { write } = repo;

async function diffIds(...extra: string[]): Promise<string[]> {
  const { code, out, err } = await cli('diff', '--git', 'HEAD~1..HEAD', '--format', 'json', ...extra);
  expect(err).toBe('');
  expect(code).toBe(0);
  return (JSON.parse(out) as { changes: Change[] }).changes.map((change) => `${change.format ?? 'openapi'} ${change.id} ${change.source.file}`);
}

describe('api-review diff --git: contract discovery honours contracts.* globs', () => {
  it.each([
    { name: 'a name outside the defaults is not a contract', config: undefined, expected: [] },
    {
      name: 'contracts.graphql names it, so it is compared',
      config: 'contracts:\n  graphql: ["api/**/*.sdl"]\n',
      expected: ['graphql FIELD_REMOVED api/orders.sdl'],
    },
    { name: 'a glob of any format nominates it; the content decides the format', config: 'contracts:\n  protobuf: ["api/**/*.sdl"]\n', expected: ['graphql FIELD_REMOVED api/orders.sdl'] },
  ])('$name', async ({ config, expected }) => {
    const options: string[] = [];
    if (config !== undefined) {
      write('review.yml', config);
      options.push('--config', join(repo.path, 'review.yml'));
    }
    expect(await diffIds(...options)).toEqual(expected);
  });
});
