// A throwaway git repository for the CLI's `--git` tests: made before each test (its history
// written by the test's `setUp`), the process's working directory moved into it, and both undone
// after each test.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

export interface TempGitRepo {
  /** The repository's folder (a new one for each test). */
  readonly path: string;
  /** Runs git in the repository, as a committer with no signing. */
  git(...args: string[]): void;
  /** Writes a file of the working tree, making its folders. */
  write(path: string, text: string): void;
}

/** Registers the hooks that give each test of the file a fresh repository; `setUp` writes its history. */
export function useTempGitRepo(prefix: string, setUp: (repo: TempGitRepo) => void): TempGitRepo {
  let repository: string | undefined;
  let previous: string | undefined;
  const repo: TempGitRepo = {
    get path() {
      if (repository === undefined) throw new Error('the temporary repository exists only during a test');
      return repository;
    },
    git(...args) {
      execFileSync('git', ['-C', repo.path, '-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { stdio: 'ignore' });
    },
    write(path, text) {
      mkdirSync(dirname(join(repo.path, path)), { recursive: true });
      writeFileSync(join(repo.path, path), text);
    },
  };
  beforeEach(() => {
    previous = process.cwd();
    repository = mkdtempSync(join(tmpdir(), prefix));
    repo.git('init', '-q', '-b', 'main');
    setUp(repo);
    process.chdir(repository);
  });
  afterEach(() => {
    if (previous !== undefined) process.chdir(previous);
    if (repository !== undefined) rmSync(repository, { recursive: true, force: true });
    repository = undefined;
  });
  return repo;
}
