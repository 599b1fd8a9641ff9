// analyze: the `$ref` resolver Spectral lints with. It serves only the files the loader already
// read into the spec: no file system, no network. A remote reference or one that climbs out of
// the repository is never fetched; Spectral reports it as an `invalid-ref` finding.
import { Resolver } from '@stoplight/spectral-ref-resolver';
import { isJsonObject } from '../specs/json-object.js';
import type { LoadedSpec } from '../specs/loaded-spec.js';
import { requireAsDependencyOf } from './dependency-require.js';
import { fromVirtualPath } from './virtual-root.js';

// The resolver builds the resolved tree with immer, which by default deep-freezes all it produces:
// on GitHub's description that is a walk of every resolved object in each of a review's six
// resolutions (1-2 s in all). Nothing writes to the tree: Spectral and its functions copy before
// they change a value (oasExample, the Swagger 2.0 schema rewrite), and their strict-mode code
// would throw on a frozen object if they did not. Only the resolver depends on immer.
const immer = requireAsDependencyOf('@stoplight/json-ref-resolver')('immer') as { setAutoFreeze(on: boolean): void };
immer.setAutoFreeze(false);

/** The part of urijs' URI the resolvers read. */
interface RefUri {
  path(): string;
  toString(): string;
}

/**
 * A fresh resolver per lint run: Spectral caches referenced documents per resolver, and the
 * base and head revisions of a pull request share file names.
 */
export function createSpecResolver(spec: LoadedSpec, reshape?: (resolved: Record<string, unknown>) => unknown): Resolver {
  const refuseRemote = {
    resolve: (ref: RefUri): Promise<string> =>
      Promise.reject(new Error(`remote reference ${ref.toString()} is not fetched: only files of the repository are read`)),
  };
  const resolver = new Resolver({
    resolvers: {
      file: { resolve: (ref: RefUri) => readSpecFile(spec, ref) },
      http: refuseRemote,
      https: refuseRemote,
    },
  });
  if (reshape === undefined) return resolver;
  // The resolved tree is what resolved rules traverse; the graph that locates results is kept.
  const resolve = resolver.resolve.bind(resolver);
  resolver.resolve = async (source, options) => {
    const resolved = await resolve(source, options);
    return isJsonObject(resolved.result) ? { ...resolved, result: reshape(resolved.result) } : resolved;
  };
  return resolver;
}

async function readSpecFile(spec: LoadedSpec, ref: RefUri): Promise<string> {
  const repoPath = fromVirtualPath(ref.path());
  if (repoPath === undefined) {
    throw new Error(`${ref.path()} is outside the repository and is not read`);
  }
  const file = spec.files.get(repoPath);
  if (file === undefined) throw new Error(`${repoPath} was not loaded (missing or not reachable)`);
  return file.text;
}
