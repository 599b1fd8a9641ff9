// collect: `BASE HEAD` given as two folders — two checkouts or unpacked releases of an API — turned
// into file sources and spec pairs as `--git` does: the files that differ are the change, and the
// specs and contracts it affects are selected as the App selects them (a GraphQL schema split over
// a folder's files is one schema). Only names and bytes are read; nothing in the folders runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { localFolderSource } from '../specs/local-folder-source.js';
import { selectSpecs, type ChangedFile } from '../specs/select-specs.js';
import type { Discovery, LocalInputs } from './local-inputs.js';

export async function folderPairInputs(baseFolder: string, headFolder: string, discovery: Discovery): Promise<LocalInputs> {
  const base = localFolderSource(baseFolder, 'the base folder');
  const head = localFolderSource(headFolder, 'the head folder');
  const basePaths = filesUnder(baseFolder);
  const headPaths = filesUnder(headFolder);
  const changed = changedBetween(baseFolder, new Set(basePaths), headFolder, headPaths);
  const pairs = await selectSpecs({ changed, base, head, headPaths, globs: discovery.specs, contracts: discovery.contracts });
  // Each side prints under its own folder, so `old/openapi.yaml:3` and `new/openapi.yaml:3` differ.
  return { base, head, pairs, display: { base: displayRootOf(baseFolder), head: displayRootOf(headFolder) }, close: () => undefined };
}

function displayRootOf(folder: string): string {
  return relative(process.cwd(), folder).split(sep).join('/');
}

/** Every regular file under a folder, as a `/`-separated relative path; hidden entries and node_modules are skipped. */
function filesUnder(folder: string): string[] {
  const paths: string[] = [];
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(directory, entry.name);
      // Symbolic links are neither followed nor read: they could point outside the folder.
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) paths.push(relative(folder, path).split(sep).join('/'));
    }
  };
  walk(folder);
  return paths.sort();
}

function changedBetween(baseFolder: string, basePaths: ReadonlySet<string>, headFolder: string, headPaths: readonly string[]): ChangedFile[] {
  const changed: ChangedFile[] = [];
  for (const path of headPaths) {
    if (!basePaths.has(path)) changed.push({ status: 'added', path });
    else if (!readFileSync(join(baseFolder, path)).equals(readFileSync(join(headFolder, path)))) changed.push({ status: 'modified', path });
  }
  const inHead = new Set(headPaths);
  for (const path of basePaths) if (!inHead.has(path)) changed.push({ status: 'removed', path });
  return changed;
}
