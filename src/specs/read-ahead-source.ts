// collect: a FileSource that starts reading the next files of a known list while the current one
// is parsed. Finding which unchanged spec roots a change reaches loads every root of the
// repository one after another; over GitHub each read is a round trip, so a monorepo of 300
// specs waited for 300 round trips in a row. Reads overlap; parsing stays one file at a time, and
// at most `ahead` files are held before they are asked for, each given away at its read.
import type { FileSource } from './file-source.js';

export interface ReadAheadSource extends FileSource {
  /** Starts reading the `ahead` paths after `index` of the list (those not started yet). */
  readAfter(index: number): void;
}

export function readAheadSource(source: FileSource, paths: readonly string[], ahead: number): ReadAheadSource {
  const started = new Set<string>();
  const early = new Map<string, Promise<Uint8Array | undefined>>();
  return {
    label: source.label,
    ...(source.size ? { size: source.size.bind(source) } : {}),
    read: (path) => {
      const pending = early.get(path);
      if (!pending) return source.read(path);
      early.delete(path);
      return pending;
    },
    readAfter: (index) => {
      for (const path of paths.slice(index + 1, index + 1 + ahead)) {
        if (started.has(path)) continue;
        started.add(path);
        const reading = source.read(path);
        // A failed read surfaces when the file is asked for; one never asked for is no error.
        reading.catch(() => undefined);
        early.set(path, reading);
      }
    },
  };
}
