// analyze: large descriptions share component schemas across hundreds of operations. The
// comparison of one pair of `$ref`'d schemas is recorded once per comparison context and replayed
// for every later operation that reaches the same pair, instead of walking it again.
import type { LoadedSpec, SpecNode } from '../../specs/loaded-spec.js';
import { isAssembled } from '../../specs/resolve-node.js';
import type { Recording } from './recording.js';
import type { SchemaSite } from './schema-site.js';

export interface SchemaMemo {
  /** Recorded comparisons per (context, root, base location, head location). */
  recordings: Map<string, Recording>;
  /** The recording of each pair below a body root, by identity (context and locations). */
  byIdentity: Map<string, Recording>;
  /** Strongly connected component of each recording (recording-unroll.ts). */
  components: Map<Recording, number>;
  nextComponent: number;
  /** What a walk starting at a recording reports, once unrolled (acyclic). */
  unrolled: Map<Recording, Recording>;
  /** Whether two located schemas are equivalent (member matching, nullable wrappers). */
  equivalent: Map<string, boolean>;
  /** Work done so far, so tests can bound it without timing anything. */
  work: SchemaWork;
}

export interface SchemaWork {
  /** Pairs of resolved schemas compared (each aspect of one node, children walked separately). */
  comparisons: number;
  /** Pairs of values visited while deciding equivalence. */
  equivalenceSteps: number;
  /** Recordings expanded while unrolling what operations report. */
  expansions: number;
}

const memos = new WeakMap<LoadedSpec, WeakMap<LoadedSpec, SchemaMemo>>();

/** One memo per (base, head) pair of loaded specs; it lives as long as both specs do. */
export function memoFor(base: LoadedSpec, head: LoadedSpec): SchemaMemo {
  let byHead = memos.get(base);
  if (byHead === undefined) {
    byHead = new WeakMap();
    memos.set(base, byHead);
  }
  let memo = byHead.get(head);
  if (memo === undefined) {
    memo = {
      recordings: new Map(),
      byIdentity: new Map(),
      components: new Map(),
      nextComponent: 0,
      unrolled: new Map(),
      equivalent: new Map(),
      work: { comparisons: 0, equivalenceSteps: 0, expansions: 0 },
    };
    byHead.set(head, memo);
  }
  return memo;
}

/** Everything besides the two schemas that changes which events a pair produces. */
export function contextKey(site: SchemaSite, stronglyTyped: boolean, flattenAllOf: boolean): string {
  return [site.direction, site.subject, stronglyTyped, site.in ?? '', site.required === true, site.formExploded === true, flattenAllOf].join(':');
}

/** Where a schema stands; a merged `allOf` is another schema than the one written at its place. */
export function locationKey(node: SpecNode): string {
  return `${node.file}#${node.path.join('/')}${isAssembled(node.value) ? '#merged' : ''}`;
}
