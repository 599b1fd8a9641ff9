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
  let tree: Promise<Map<string, TreeBlob>> | undefined;
  let reader: BlobReader | undefined;
  const listTree = (): Promise<Map<string, TreeBlob>> => (tree ??= readTree(repository, commit));
  return {
    label: `git ${commit.slice(0, 7)}`,
    paths: async () => [...(await listTree()).keys()],
    size: async (path) => (await listTree()).get(path)?.size,
    read: async (path) => {
      const blob = (await listTree()).get(path);
      if (!blob) return undefined;
      reader ??= startBlobReader(repository);
      return reader.read(blob.id);
    },
    close: () => reader?.close(),
  };
}

interface TreeBlob {
  id: string;
  size: number;
}

/** path -> blob, regular files only (mode 100644/100755): links (120000) are not followed. */
async function readTree(repository: string, commit: string): Promise<Map<string, TreeBlob>> {
  // `-l` adds each blob's size, so an oversized file is refused without being read.
  const { stdout } = await run('git', ['-C', repository, 'ls-tree', '-r', '-l', '-z', '--full-tree', commit], {
    maxBuffer: 512 * 1024 * 1024,
  });
  const entries = new Map<string, TreeBlob>();
  for (const record of stdout.split('\0')) {
    const match = /^(\d{6}) blob ([0-9a-f]+) +(\d+)\t(.*)$/s.exec(record);
    if (match && (match[1] === '100644' || match[1] === '100755')) entries.set(match[4] as string, { id: match[2] as string, size: Number(match[3]) });
  }
  return entries;
}

interface BlobReader {
  read(blob: string): Promise<Uint8Array | undefined>;
  close(): void;
}

function startBlobReader(repository: string): BlobReader {
  const child: ChildProcessWithoutNullStreams = spawn('git', ['-C', repository, 'cat-file', '--batch'], { stdio: 'pipe' });
  // Chunks are kept as they come and joined once a whole blob is there: joining on every chunk
  // would copy a large blob over and over (quadratic in its size).
  const chunks: Buffer[] = [];
  let bufferedBytes = 0;
  let needed = 0;
  const waiting: { resolve: (bytes: Uint8Array | undefined) => void; reject: (error: Error) => void }[] = [];
  const take = (): Buffer => {
    const all = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
    chunks.length = 0;
    return all;
  };
  const drain = (): void => {
    while (waiting.length > 0 && bufferedBytes > 0 && bufferedBytes >= needed) {
      let buffered = take();
      const headerEnd = buffered.indexOf(10);
      if (headerEnd === -1) {
        chunks.push(buffered);
        return;
      }
      const header = buffered.subarray(0, headerEnd).toString('utf8');
      const size = header.endsWith(' missing') ? -1 : Number(header.split(' ')[2]);
      const end = size < 0 ? headerEnd + 1 : headerEnd + 1 + size + 1;
      if (buffered.length < end) {
        chunks.push(buffered);
        needed = end;
        return;
      }
      const content = size < 0 ? undefined : new Uint8Array(buffered.subarray(headerEnd + 1, headerEnd + 1 + size));
      buffered = buffered.subarray(end);
      if (buffered.length > 0) chunks.push(buffered);
      bufferedBytes = buffered.length;
      needed = 0;
      waiting.shift()?.resolve(content);
    }
  };
  child.stdout.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    bufferedBytes += chunk.length;
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
