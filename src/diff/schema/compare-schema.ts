// analyze: the entry point of the schema comparator, called by the engine for every pair of
// schemas it matched (a body per media type, a parameter, a response header). It walks both
// schemas together, direction-aware, and reports each change under oasdiff's id for that place;
// a change oasdiff has no id for is not reported.
import type { LoadedSpec, SpecNode } from '../../specs/loaded-spec.js';
import type { Report } from '../report.js';
import type { CheckId } from '../families.js';
import { applyPropertyDeprecationPolicy, type DeprecationPolicy } from './property-deprecation-policy.js';
import type { SchemaEvent } from './schema-event.js';
import { newRecording, replayRecording } from './recording.js';
import { unrollRecording } from './recording-unroll.js';
import { memoFor } from './schema-memo.js';
import { schemaMessage } from './schema-message.js';
import type { SchemaSite } from './schema-site.js';
import { walkSchemaPair } from './schema-walk.js';
import type { WalkState } from './walk-state.js';

export interface SchemaCompareContext {
  base: LoadedSpec;
  head: LoadedSpec;
  report: Report;
  hasCheck: (id: string) => id is CheckId;
  /** The review's date and notice periods; without them, deprecations are reported as the walk found them. */
  deprecationPolicy?: DeprecationPolicy;
  /** `breaking.flatten_allof`: compare `allOf` compositions by their merged schema (flatten-all-of.ts). */
  flattenAllOf?: boolean;
}

export function compareSchema(ctx: SchemaCompareContext, baseNode: SpecNode, headNode: SpecNode, site: SchemaSite): void {
  const state: WalkState = {
    base: ctx.base,
    head: ctx.head,
    site,
    stronglyTyped: site.subject === 'body' && isJsonMediaType(site.mediaType ?? 'application/json'),
    memo: memoFor(ctx.base, ctx.head),
    flattenAllOf: ctx.flattenAllOf === true,
  };
  const sink = (event: SchemaEvent): void => {
    const outcome = ctx.deprecationPolicy === undefined ? undefined : applyPropertyDeprecationPolicy(event, site, ctx.deprecationPolicy);
    if (outcome?.kind === 'drop') return;
    const judged = outcome?.kind === 'judged' ? { ...event, ids: outcome.ids, detail: outcome.detail } : event;
    const id = judged.ids.find((candidate) => ctx.hasCheck(candidate));
    if (id === undefined) return;
    ctx.report({
      id,
      operation: site.operation,
      node: judged.node,
      side: judged.side,
      message: schemaMessage(site, judged.path, judged.detail),
    });
  };
  const recording = newRecording('');
  walkSchemaPair(state, { recording, path: [] }, baseNode, headNode, true);
  replayRecording(unrollRecording(state.memo, recording), sink);
}

/** Only JSON is strongly typed: elsewhere `1` and `"1"` are the same text. */
function isJsonMediaType(mediaType: string): boolean {
  const essence = (mediaType.split(';')[0] ?? '').trim().toLowerCase();
  return essence === 'application/json' || essence.endsWith('+json');
}
