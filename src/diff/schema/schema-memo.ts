// analyze: large descriptions share component schemas across hundreds of operations. The events
// of comparing one pair of `$ref`'d schemas are recorded once per comparison context and replayed
// for every later operation that reaches the same pair, instead of walking it again.
import type { LoadedSpec, SpecNode } from '../../specs/loaded-spec.js';
import type { SchemaEvent } from './schema-event.js';
import type { SchemaSite } from './schema-site.js';

export interface SchemaMemo {
  /** Recorded events per (context, root, base location, head location). */
  events: Map<string, readonly SchemaEvent[]>;
  /** Whether two located schemas are equivalent (member matching, nullable wrappers). */
  equivalent: Map<string, boolean>;
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
    memo = { events: new Map(), equivalent: new Map() };
    byHead.set(head, memo);
  }
  return memo;
}

/** Everything besides the two schemas that changes which events a pair produces. */
export function contextKey(site: SchemaSite, stronglyTyped: boolean): string {
  return [site.direction, site.subject, stronglyTyped, site.in ?? '', site.required === true].join(':');
}

export function locationKey(node: SpecNode): string {
  return `${node.file}#${node.path.join('/')}`;
}
