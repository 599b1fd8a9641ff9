// digest (render): a link to one line of a spec as the digest read it — the blob at the default
// branch's commit, not the branch, so the line still says what the digest quoted after later pushes.
import type { SourceLocation } from '../specs/source-location.js';

/** `https://github.com/o/r/blob/<commit>/` for a repository page and a commit. */
export function blobBaseAt(repoHtmlUrl: string, commit: string): string {
  return `${repoHtmlUrl}/blob/${encodeURIComponent(commit)}/`;
}

export function specLineUrl(blobBase: string, source: SourceLocation): string {
  return `${blobBase}${source.file.split('/').map(encodeURIComponent).join('/')}#L${source.line}`;
}
