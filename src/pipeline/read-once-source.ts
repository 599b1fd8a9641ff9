// analyze: a revision's FileSource that keeps the bytes of a job's root files from their first
// read to their second. A root is read to detect its format and read again by the loader of that
// format; across the worker's port, a git process or GitHub, the second read would fetch the
// bytes again. Each kept copy is given away at its second read, so no file stays held twice.
import type { FileSource } from '../specs/file-source.js';

export function readOnceSource(source: FileSource, roots: ReadonlySet<string>): FileSource {
  const waiting = new Set(roots);
  const kept = new Map<string, Uint8Array | undefined>();
  const read = async (path: string): Promise<Uint8Array | undefined> => {
    if (kept.has(path)) {
      const bytes = kept.get(path);
      kept.delete(path);
      return bytes;
    }
    const bytes = await source.read(path);
    if (waiting.delete(path)) kept.set(path, bytes);
    return bytes;
  };
  return { label: source.label, read, ...(source.size ? { size: source.size.bind(source) } : {}) };
}
