// analyze: a temporary folder buf can read: each revision's module written to its own
// subfolder with a buf.yaml of ours (data from the repository's buf.yaml, never its deps), so
// buf compiles exactly the files we read through the FileSource and nothing else.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BufConfigSections } from './proto-module.js';

export interface BufWorkspace {
  scratch: string;
  /** Writes one revision's files; returns its folder. */
  writeModule(name: 'base' | 'head', files: ReadonlyMap<string, string>, config: BufConfigSections): Promise<string>;
  remove(): Promise<void>;
}

export async function createBufWorkspace(): Promise<BufWorkspace> {
  const scratch = await mkdtemp(join(tmpdir(), 'api-review-buf-'));
  return {
    scratch,
    writeModule: async (name, files, config) => {
      const folder = join(scratch, name);
      for (const [path, text] of files) {
        const target = join(folder, path);
        // Module-relative paths come from import statements: refuse any that would leave the folder.
        if (!target.startsWith(folder + '/') && !target.startsWith(folder + '\\')) continue;
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, text);
      }
      await mkdir(folder, { recursive: true });
      // JSON is YAML: buf reads it as its buf.yaml.
      await writeFile(join(folder, 'buf.yaml'), JSON.stringify({ version: 'v2', ...config }));
      return folder;
    },
    remove: () => rm(scratch, { recursive: true, force: true }),
  };
}
