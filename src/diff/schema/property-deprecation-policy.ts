// analyze: a policy over the schema comparator's findings, applied per operation where they are
// reported: a body property newly deprecated is judged by the operation's notice period
// (`breaking.deprecation_days`), as oasdiff's request/response property deprecation checks do.
// The walk itself is shared by every operation that uses a schema, so it cannot know the period.
import type { DeprecationDays } from '../diff-context.js';
import { judgeNewDeprecation, noticeDays } from '../deprecation-verdict.js';
import { rawValueText } from '../raw-value-text.js';
import type { SchemaEvent } from './schema-event.js';
import { asSchema } from './schema-object.js';
import type { SchemaSite } from './schema-site.js';

export interface DeprecationPolicy {
  now: Date;
  deprecationDays: DeprecationDays;
}

/** What becomes of one event: unchanged, judged again (new ids and detail), or dropped. */
export type PolicyOutcome = { kind: 'keep' } | { kind: 'drop' } | { kind: 'judged'; ids: string[]; detail: string };

const deprecationSuffixes = ['-property-deprecated', '-property-deprecated-with-sunset', '-property-reactivated'];

export function applyPropertyDeprecationPolicy(event: SchemaEvent, site: SchemaSite, policy: DeprecationPolicy): PolicyOutcome {
  const [id] = event.ids;
  if (site.subject !== 'body' || id === undefined || !deprecationSuffixes.some((suffix) => id === `${site.direction}${suffix}`)) {
    return { kind: 'keep' };
  }
  // oasdiff skips the whole check under an unreadable stability level (it is reported once, by lifecycle).
  if (site.stability !== undefined && !site.stability.ok) return { kind: 'drop' };
  const place = placeOf(site);
  if (id.endsWith('-reactivated')) return { kind: 'judged', ids: [id], detail: `${event.detail} ${place}` };
  const level = site.stability?.ok === true ? site.stability.level : 'stable';
  const days = noticeDays(policy.deprecationDays, level);
  const verdict = judgeNewDeprecation(asSchema(event.node.value)?.['x-sunset'], policy.now, days);
  const prefix = `${site.direction}-property`;
  switch (verdict.kind) {
    case 'deprecated':
      return { kind: 'judged', ids: [`${prefix}-deprecated`], detail: `was deprecated ${place}` };
    case 'sunset-missing':
      return { kind: 'judged', ids: [`${prefix}-deprecated-sunset-missing`], detail: `was deprecated ${place} without an \`x-sunset\` date, but ${days} days of notice are required` };
    case 'sunset-unreadable':
      return { kind: 'judged', ids: [`${prefix}-deprecated-sunset-invalid`], detail: `was deprecated ${place} with the unreadable \`x-sunset\` ${rawValueText(verdict.sunset)}` };
    case 'sunset-too-small':
      return { kind: 'judged', ids: [`${prefix}-sunset-date-too-small`], detail: `was deprecated ${place} with the sunset date ${verdict.sunset}, less than ${verdict.days} days away` };
    case 'deprecated-with-sunset':
      return { kind: 'judged', ids: [`${prefix}-deprecated-with-sunset`], detail: `was deprecated ${place} with the sunset date ${verdict.sunset}` };
  }
}

/** oasdiff reports a deprecation once per media type (and response), so the message names them. */
function placeOf(site: SchemaSite): string {
  const mediaType = `media type \`${site.mediaType ?? ''}\``;
  return site.status === undefined ? `(${mediaType})` : `(\`${site.status}\` response, ${mediaType})`;
}
