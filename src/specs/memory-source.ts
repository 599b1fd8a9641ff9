// collect: a file source over an in-memory map of path -> text, for tests and for content
// that already arrived through another channel.
import type { FileSource } from './file-source.js';

export function memorySource(files: Record<string, string | Uint8Array>, label = 'memory'): FileSource {
  const encoder = new TextEncoder();
  return {
    label,
    read: async (path) => {
      const content = Object.prototype.hasOwnProperty.call(files, path) ? files[path] : undefined;
      if (content === undefined) return undefined;
      return typeof content === 'string' ? encoder.encode(content) : content;
    },
  };
}
