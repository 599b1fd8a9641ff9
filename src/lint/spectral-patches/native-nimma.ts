// analyze: Spectral's runner loads `nimma/legacy`, the build of its JSONPath engine for runtimes
// without class fields: every private field read goes through Babel's WeakMap helpers, on every
// node of every document walked. On GitHub's description that costs seconds per review. The same
// package ships the same code built for runtimes with class fields (`nimma`), which Node has had
// since 12. This hands the runner that build: it registers it in the module cache under the
// legacy build's file, before Spectral is loaded (every module of ours that loads Spectral
// imports this one first; should Spectral be loaded before it all the same, the legacy module's
// export is replaced). Both builds come from one source and one version; the test suite and
// the corpus comparison with full lints run on it.
import Module from 'node:module';
import { requireAsDependencyOf } from './dependency-require.js';

const fromSpectral = requireAsDependencyOf('@stoplight/spectral-core');
const legacyFile = fromSpectral.resolve('nimma/legacy');
const native = fromSpectral('nimma') as { default: unknown };
const loaded = fromSpectral.cache[legacyFile];
if (loaded === undefined) {
  const entry = new Module(legacyFile);
  entry.filename = legacyFile;
  entry.loaded = true;
  entry.exports = native;
  fromSpectral.cache[legacyFile] = entry;
} else if (loaded.exports !== native) {
  // Spectral was loaded first (a bundle can order modules so): its runner reads the engine off
  // the legacy module's exports on every run (`new legacy.default(...)`), so the native build is
  // put there; only the legacy build's loading was spent.
  (loaded.exports as { default: unknown }).default = native.default;
}

/** True when Spectral's runner walks documents with nimma's native build. */
export function spectralUsesNativeNimma(): boolean {
  const exports = fromSpectral.cache[legacyFile]?.exports as { default?: unknown } | undefined;
  return exports === native || exports?.default === native.default;
}
