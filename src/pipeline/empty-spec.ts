// A stand-in for the missing side of an added or deleted spec: the same version, no operations.
// Diffing against it reports an added spec as new operations and a deleted one as removals.
import type { LoadedSpec } from '../specs/loaded-spec.js';

export function emptySpecLike(spec: LoadedSpec): LoadedSpec {
  const info = spec.document.info;
  return {
    root: spec.root,
    version: spec.version,
    document: { openapi: spec.document.openapi ?? '3.0.3', info: info ?? {}, paths: {} },
    files: new Map(),
    problems: [],
    locate: (file) => ({ file, line: 1 }),
  };
}
