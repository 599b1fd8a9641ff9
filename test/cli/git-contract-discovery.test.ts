import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Change } from '../../src/diff/change.js';
import { cli } from './run-cli-captured.js';

// `--git` finds the contracts a change touches as the App does, `contracts.*` globs included.
const schemaV1 = 'type Query {\n  order(id: ID!): Order\n}\n\ntype Order {\n  id: ID!\n  total: Int\n}\n';
const schemaV2 = 'type Query {\n  order(id: ID!): Order\n}\n\ntype Order {\n  id: ID!\n}\n';

let repository: string;
let previous: string;

function git(...args: string[]): void {
  execFileSync('git', ['-C', repository, '-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { stdio: 'ignore' });
}

function write(path: string, text: string): void {
  mkdirSync(dirname(join(repository, path)), { recursive: true });
  writeFileSync(join(repository, path), text);
}

beforeEach(() => {
  previous = process.cwd();
  repository = mkdtempSync(join(tmpdir(), 'api-review-git-'));
  git('init', '-q', '-b', 'main');
  write('api/orders.sdl', schemaV1);
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  write('api/orders.sdl', schemaV2);
  git('commit', '-q', '-am', 'head');
  process.chdir(repository);
});

afterEach(() => {
  process.chdir(previous);
  rmSync(repository, { recursive: true, force: true });
});

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
      options.push('--config', join(repository, 'review.yml'));
    }
    expect(await diffIds(...options)).toEqual(expected);
  });
});
