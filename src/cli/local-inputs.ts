// collect: the CLI's inputs — two spec files or two folders on disk, or two revisions of a local
// git repository — turned into file sources and spec pairs for the pipeline.
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import type { ReviewConfig } from '../config/config-schema.js';
import type { SpecPair } from '../pipeline/review-specs.js';
import type { FileSource } from '../specs/file-source.js';
import { gitRevisionSource, resolveRevision } from '../specs/git-revision-source.js';
import { localFolderSource } from '../specs/local-folder-source.js';
import { selectSpecs, type ChangedFile } from '../specs/select-specs.js';
import { CliError } from './cli-error.js';
import { folderPairInputs } from './folder-inputs.js';
import type { ParsedOptions } from './parse-options.js';
import { workingDirectoryRoots, type DisplayRoots } from './display-paths.js';

const run = promisify(execFile);

/** The config keys that say which files are contracts: what the App's discovery reads too. */
export type Discovery = Pick<ReviewConfig, 'specs' | 'contracts'>;

export interface LocalInputs {
  base: FileSource;
  head: FileSource;
  pairs: SpecPair[];
  /** How the CLI prints each side's paths for people (display-paths.ts); never used to read. */
  display: DisplayRoots;
  close(): void;
}

/** The two versions a `review` or `diff` compares: `BASE HEAD` files or folders, or `--git BASE..HEAD [SPEC...]`. */
export async function comparedInputs(options: ParsedOptions, discovery: Discovery, command: string, formats: string): Promise<LocalInputs> {
  if (options.git) return gitRangeInputs(options.git, options.positionals, discovery);
  const [base, head] = options.positionals;
  if (options.positionals.length !== 2 || !base || !head) {
    throw new CliError(`usage: api-review ${command} BASE HEAD [--format ${formats}]  or  api-review ${command} --git BASE..HEAD [SPEC...]`);
  }
  const folders = [base, head].filter(isFolder).length;
  if (folders === 2) return folderPairInputs(resolve(base), resolve(head), discovery);
  if (folders === 1) throw new CliError(`${command}: BASE and HEAD must both be files or both be folders`);
  return filePairInputs(base, head);
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** A file on disk as a (source, repository-relative path): rooted at the working directory when the file is inside it. */
export function localFile(path: string, label: string): { source: FileSource; path: string; displayRoot: string } {
  const absolute = resolve(path);
  if (!existsSync(absolute)) throw new CliError(`${path}: no such file`);
  const cwd = process.cwd();
  // Outside the working directory the file's own folder is the root, so its `$ref`s reach no sibling folder.
  const root = absolute.startsWith(cwd + sep) ? cwd : dirname(absolute);
  return {
    source: localFolderSource(root, label),
    path: relative(root, absolute).split(sep).join('/'),
    displayRoot: relative(cwd, root).split(sep).join('/'),
  };
}

export function filePairInputs(basePath: string, headPath: string): LocalInputs {
  const base = localFile(basePath, 'the base file');
  const head = localFile(headPath, 'the head file');
  // Two unrelated files are compared as one spec: the head path names it in the output.
  return {
    base: base.source,
    head: head.source,
    pairs: [{ base: base.path, head: head.path, status: 'modified' }],
    display: { base: base.displayRoot, head: head.displayRoot },
    close: () => undefined,
  };
}

/**
 * `BASE..HEAD` inside the git repository of the working directory; an empty HEAD means the
 * working tree. With no spec paths, the specs the change affects are found as the App finds them.
 */
export async function gitRangeInputs(range: string, specPaths: string[], discovery: Discovery): Promise<LocalInputs> {
  const separator = range.indexOf('..');
  if (separator <= 0) throw new CliError(`--git ${range}: expected BASE..HEAD (e.g. main..HEAD, or main.. for the working tree)`);
  const repository = await gitTopLevel();
  const baseCommit = await revision(repository, range.slice(0, separator));
  const headRevision = range.slice(separator + 2);
  const baseSource = gitRevisionSource(repository, baseCommit);
  const headCommit = headRevision === '' ? undefined : await revision(repository, headRevision);
  const headSource = headCommit ? gitRevisionSource(repository, headCommit) : localFolderSource(repository);
  const close = (): void => {
    baseSource.close();
    if ('close' in headSource && typeof headSource.close === 'function') headSource.close();
  };
  const prefix = relative(repository, process.cwd()).split(sep).join('/');
  const inRepository = (path: string): string => (prefix ? `${prefix}/${path}` : path);
  if (specPaths.length > 0) {
    return { base: baseSource, head: headSource, pairs: specPaths.map((path) => ({ base: inRepository(path), head: inRepository(path) })), display: workingDirectoryRoots, close };
  }
  const changed = await changedFiles(repository, baseCommit, headCommit);
  const headPaths = headCommit ? await gitRevisionSource(repository, headCommit).paths() : await workingTreePaths(repository);
  const pairs = await selectSpecs({ changed, base: baseSource, head: headSource, headPaths, globs: discovery.specs, contracts: discovery.contracts });
  // Paths stay repository-relative, as GitHub shows them.
  return { base: baseSource, head: headSource, pairs, display: workingDirectoryRoots, close };
}

async function gitTopLevel(): Promise<string> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--show-toplevel']);
    return stdout.trim();
  } catch {
    throw new CliError('--git: the working directory is not inside a git repository');
  }
}

async function revision(repository: string, name: string): Promise<string> {
  try {
    return await resolveRevision(repository, name);
  } catch {
    throw new CliError(`--git: "${name}" is not a revision of ${repository}`);
  }
}

async function changedFiles(repository: string, base: string, head: string | undefined): Promise<ChangedFile[]> {
  const args = ['-C', repository, 'diff', '--name-status', '-z', '-M', base, ...(head ? [head] : [])];
  const { stdout } = await run('git', args, { maxBuffer: 64 * 1024 * 1024 });
  const fields = stdout.split('\0').filter((field) => field !== '');
  const files: ChangedFile[] = [];
  for (let index = 0; index < fields.length; ) {
    const status = fields[index] as string;
    if (status.startsWith('R')) {
      files.push({ status: 'renamed', previousPath: fields[index + 1] as string, path: fields[index + 2] as string });
      index += 3;
      continue;
    }
    const path = fields[index + 1] as string;
    files.push({ status: status === 'A' ? 'added' : status === 'D' ? 'removed' : 'modified', path });
    index += 2;
  }
  return files;
}

async function workingTreePaths(repository: string): Promise<string[]> {
  const { stdout } = await run('git', ['-C', repository, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout.split('\0').filter((path) => path !== '');
}
