// analyze: the `$ref` resolver Spectral lints with. It serves only the files the loader already
// read into the spec: no file system, no network. A remote reference or one that climbs out of
// the repository is never fetched; Spectral reports it as an `invalid-ref` finding.
import { Resolver } from '@stoplight/spectral-ref-resolver';
import { isJsonObject } from '../specs/json-object.js';
import type { LoadedSpec } from '../specs/loaded-spec.js';
import './spectral-patches/immer-auto-freeze.js'; // the resolved tree is not deep-frozen (immer-auto-freeze.ts)
import './spectral-patches/resolver-graph.js'; // the resolver's dependency graphs in maps (resolver-graph.ts)
import { fromVirtualPath } from './virtual-root.js';

/** The part of urijs' URI the resolvers read. */
interface RefUri {
  path(): string;
  toString(): string;
}

type Resolution = Awaited<ReturnType<Resolver['resolve']>>;

/**
 * The resolution of a spec's whole root document, kept by one lint run for a later run of the
 * same spec (see lint-change.ts, which decides when that is exact).
 */
export interface SharedResolution {
  whole?: Resolution;
}

export interface SpecResolverOptions {
  /** Changes the resolved tree the rules traverse; the graph that locates results is kept. */
  reshape?: (resolved: Record<string, unknown>) => unknown;
  /** Keeps the resolution made here (`keep`), or takes one kept earlier instead of resolving (`take`). */
  share?: { keep: SharedResolution } | { take: SharedResolution };
}

/**
 * A fresh resolver per lint run: Spectral caches referenced documents per resolver, and the
 * base and head revisions of a pull request share file names.
 */
export function createSpecResolver(spec: LoadedSpec, options: SpecResolverOptions = {}): Resolver {
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
  const { reshape, share } = options;
  if (reshape === undefined && share === undefined) return resolver;
  const resolve = resolver.resolve.bind(resolver);
  resolver.resolve = async (source, resolveOptions) => {
    let resolved: Resolution | undefined;
    if (share !== undefined && 'take' in share) {
      // Taken once: a later run of the same spec resolves its own document again.
      resolved = share.take.whole;
      share.take.whole = undefined;
    }
    resolved ??= await resolve(source, resolveOptions);
    if (share !== undefined && 'keep' in share) share.keep.whole = resolved;
    // The resolved tree is what resolved rules traverse; the graph that locates results is kept.
    return reshape !== undefined && isJsonObject(resolved.result) ? { ...resolved, result: reshape(resolved.result) } : resolved;
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
