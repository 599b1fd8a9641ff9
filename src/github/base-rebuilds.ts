// collect: the merge-base version of each file the pull request modified or renamed, rebuilt from
// its head version and the patch the compare API listed (reverse-patch.ts), so it costs no blob
// call. The blob store keeps a rebuilt file only when it hashes to the SHA the merge-base tree
// names; when GitHub gave no patch (a binary file, a diff too large to show) or the text is not
// UTF-8, the file is fetched as before.
import type { BlobStore, Rebuild } from './blob-store.js';
import type { ComparedFile } from './merge-base.js';
import { reversePatch } from './reverse-patch.js';

/** Merge-base paths to the way of rebuilding each from the head. */
export function baseRebuilds(changed: readonly ComparedFile[], blobs: BlobStore): Map<string, Rebuild> {
  const rebuilds = new Map<string, Rebuild>();
  for (const file of changed) {
    const { headBlob, patch } = file;
    if ((file.status !== 'modified' && file.status !== 'renamed') || !headBlob || patch === undefined) continue;
    rebuilds.set(file.previousPath ?? file.path, async () => {
      const headText = utf8Text(await blobs.read(headBlob, undefined));
      const baseText = headText === undefined ? undefined : reversePatch(headText, patch);
      return baseText === undefined ? undefined : new TextEncoder().encode(baseText);
    });
  }
  return rebuilds;
}

function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
