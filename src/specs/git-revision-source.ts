// collect: files of one revision of a local git repository, read from git's object store (no
// checkout). One `ls-tree` lists the revision; one long-lived `cat-file --batch` serves blobs,
// so a multi-file description of thousands of files costs two processes, not thousands.
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { promisify } from 'node:util';
import type { FileSource } from './file-source.js';

const run = promisify(execFile);

export interface GitRevisionSource extends FileSource {
  /** Paths of every regular file in the revision (symbolic links and submodules are left out). */
  paths(): Promise<string[]>;
  close(): void;
}

export async function resolveRevision(repository: string, revision: string): Promise<string> {
  const { stdout } = await run('git', ['-C', repository, 'rev-parse', '--verify', `${revision}^{commit}`]);
  return stdout.trim();
}

export function gitRevisionSource(repository: string, commit: string): GitRevisionSource {
  let tree: Promise<Map<string, string>> | undefined;
  let reader: BlobReader | undefined;
  const listTree = (): Promise<Map<string, string>> => (tree ??= readTree(repository, commit));
  return {
    label: `git ${commit.slice(0, 7)}`,
    paths: async () => [...(await listTree()).keys()],
    read: async (path) => {
      const blob = (await listTree()).get(path);
      if (!blob) return undefined;
      reader ??= startBlobReader(repository);
      return reader.read(blob);
    },
    close: () => reader?.close(),
  };
}

/** path -> blob id, regular files only (mode 100644/100755): links (120000) are not followed. */
async function readTree(repository: string, commit: string): Promise<Map<string, string>> {
  const { stdout } = await run('git', ['-C', repository, 'ls-tree', '-r', '-z', '--full-tree', commit], {
    maxBuffer: 512 * 1024 * 1024,
  });
  const entries = new Map<string, string>();
  for (const record of stdout.split('\0')) {
    const match = /^(\d{6}) blob ([0-9a-f]+)\t(.*)$/s.exec(record);
    if (match && (match[1] === '100644' || match[1] === '100755')) entries.set(match[3] as string, match[2] as string);
  }
  return entries;
}

interface BlobReader {
  read(blob: string): Promise<Uint8Array | undefined>;
  close(): void;
}

function startBlobReader(repository: string): BlobReader {
  const child: ChildProcessWithoutNullStreams = spawn('git', ['-C', repository, 'cat-file', '--batch'], { stdio: 'pipe' });
  let buffered: Buffer = Buffer.alloc(0);
  const waiting: { resolve: (bytes: Uint8Array | undefined) => void; reject: (error: Error) => void }[] = [];
  const drain = (): void => {
    while (waiting.length > 0) {
      const headerEnd = buffered.indexOf(10);
      if (headerEnd === -1) return;
      const header = buffered.subarray(0, headerEnd).toString('utf8');
      if (header.endsWith(' missing')) {
        buffered = buffered.subarray(headerEnd + 1);
        waiting.shift()?.resolve(undefined);
        continue;
      }
      const size = Number(header.split(' ')[2]);
      if (buffered.length < headerEnd + 1 + size + 1) return;
      const content = new Uint8Array(buffered.subarray(headerEnd + 1, headerEnd + 1 + size));
      buffered = buffered.subarray(headerEnd + 1 + size + 1);
      waiting.shift()?.resolve(content);
    }
  };
  child.stdout.on('data', (chunk: Buffer) => {
    buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
    drain();
  });
  child.on('error', (error) => waiting.splice(0).forEach((entry) => entry.reject(error)));
  return {
    read: (blob) =>
      new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        child.stdin.write(`${blob}\n`);
      }),
    close: () => {
      child.stdin.end();
    },
  };
}
