// collect: the bytes of git blobs, fetched through the REST API once per blob SHA for the life
// of one review. Base and head share one store, so a file the pull request did not change costs
// one call, however many specs `$ref` it. A blob the caller can rebuild from what it already
// has (a merge-base file from its head and the compare patch) costs none, but only when the
// rebuilt bytes hash to the SHA asked for: git's own name for the content.
import { createHash } from 'node:crypto';
import type { ProbotOctokit } from 'probot';
import type { Limits } from '../config/config-schema.js';
import type { RepoRef } from './repo-ref.js';
import { ReviewLimitError } from './review-limit-error.js';

export interface BlobStore {
  /**
   * The blob's bytes; `size` (from the tree) decides whether it is fetched at all. `rebuild`, when
   * given, is tried first; its bytes are kept only when their blob SHA is `sha`.
   */
  read(sha: string, size: number | undefined, rebuild?: Rebuild): Promise<Uint8Array>;
}

/** Bytes a blob should have, made without a call; `undefined` when they cannot be made. */
export type Rebuild = () => Promise<Uint8Array | undefined>;

export function blobStore(octokit: ProbotOctokit, repo: RepoRef, limits: Pick<Limits, 'bytes_per_file' | 'files_per_review'>): BlobStore {
  const blobs = new Map<string, Promise<Uint8Array>>();
  return {
    read: (sha, size, rebuild) => {
      if (size !== undefined && size > limits.bytes_per_file) {
        // Never downloaded: a zero-filled stand-in of the true size lets the spec loader report
        // `file-too-large` with the real byte count, exactly as it does for local files.
        return Promise.resolve(new Uint8Array(size));
      }
      const cached = blobs.get(sha);
      if (cached) return cached;
      if (blobs.size >= limits.files_per_review) {
        throw new ReviewLimitError(`the review reads more than ${limits.files_per_review} distinct files (limits.files_per_review)`);
      }
      const fetched = rebuild ? rebuiltOrFetched(rebuild, () => fetchBlob(octokit, repo, sha), sha) : fetchBlob(octokit, repo, sha);
      blobs.set(sha, fetched);
      return fetched;
    },
  };
}

async function rebuiltOrFetched(rebuild: Rebuild, fetch: () => Promise<Uint8Array>, sha: string): Promise<Uint8Array> {
  const rebuilt = await rebuild();
  return rebuilt && gitBlobSha(rebuilt) === sha ? rebuilt : fetch();
}

/** Git's name for a blob: SHA-1 over `blob <size>\0` and the bytes. */
export function gitBlobSha(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}

async function fetchBlob(octokit: ProbotOctokit, repo: RepoRef, sha: string): Promise<Uint8Array> {
  // The blob API (base64 JSON) serves files up to 100 MB and bytes exactly; the contents API stops at 1 MB.
  const { data } = await octokit.rest.git.getBlob({ ...repo, file_sha: sha });
  return new Uint8Array(Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8'));
}
