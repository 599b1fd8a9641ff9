// assess: which findings come from one edit of the spec. The engine reports a change to a shared
// schema once per operation that reaches it; the check and the place in the file identify the edit.
import type { SourceLocation } from '../specs/source-location.js';

export function editKey(rule: string, source: SourceLocation): string {
  return `${rule}\u0000${source.file}\u0000${source.line}`;
}
