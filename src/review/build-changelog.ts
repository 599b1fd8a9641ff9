// assess: the review retold for the API's consumers — what changed per operation (breaking,
// deprecated, added, changed), what to do about it, and the version bump those changes call for.
// Pure: it reads a Review, so the changelog and the review can never disagree.
import type { Change } from '../diff/change.js';
import type { Review } from './review.js';

export type ChangeGroup = 'breaking' | 'deprecated' | 'added' | 'changed';

export type VersionBump = 'major' | 'minor' | 'patch' | 'none';

export interface ChangelogEntry {
  id: string;
  message: string;
  file: string;
  line: number;
}

export interface ChangelogOperation {
  /** `METHOD /path` (or the channel, type or RPC of other formats); `Whole API` for document-level changes. */
  operation: string;
  breaking: ChangelogEntry[];
  deprecated: ChangelogEntry[];
  added: ChangelogEntry[];
  changed: ChangelogEntry[];
  /** What a consumer does about it, from the review's migration plan. */
  migration: string[];
}

export interface Changelog {
  specs: { spec: string; from?: string; to?: string }[];
  bump: VersionBump;
  counts: Record<ChangeGroup, number>;
  operations: ChangelogOperation[];
  generatedAt: string;
}

const groups: readonly ChangeGroup[] = ['breaking', 'deprecated', 'added', 'changed'];

/** Breaking by level; otherwise by what the check id says happened (oasdiff names end that way). */
export function changeGroup(change: Pick<Change, 'id' | 'level'>): ChangeGroup {
  if (change.level === 'error') return 'breaking';
  if (/deprecat/.test(change.id)) return 'deprecated';
  if (/-added$/.test(change.id) && !/-required-.*added$/.test(change.id)) return 'added';
  return 'changed';
}

export function buildChangelog(review: Review): Changelog {
  const byOperation = new Map<string, ChangelogOperation>();
  const entryOf = (operation: string): ChangelogOperation => {
    let entry = byOperation.get(operation);
    if (!entry) byOperation.set(operation, (entry = { operation, breaking: [], deprecated: [], added: [], changed: [], migration: [] }));
    return entry;
  };
  for (const spec of review.specs) {
    for (const change of spec.changes) {
      entryOf(change.operation ?? 'Whole API')[changeGroup(change)].push({ id: change.id, message: change.message, file: change.source.file, line: change.source.line });
    }
    for (const step of spec.migrationPlan) {
      const entry = byOperation.get(step.operation);
      if (entry) for (const { text } of step.steps) if (!entry.migration.includes(text)) entry.migration.push(text);
    }
  }
  const operations = [...byOperation.values()].sort(byImpact);
  const counts = Object.fromEntries(groups.map((group) => [group, operations.reduce((sum, op) => sum + op[group].length, 0)])) as Record<ChangeGroup, number>;
  return {
    specs: review.specs.map((spec) => ({ spec: spec.spec, ...(spec.version === undefined ? {} : { to: spec.version }) })),
    bump: bumpFor(counts),
    counts,
    operations,
    generatedAt: review.generatedAt,
  };
}

/** Semantic versioning from the consumer's side: breaking is major, new surface is minor. */
function bumpFor(counts: Record<ChangeGroup, number>): VersionBump {
  if (counts.breaking > 0) return 'major';
  if (counts.added > 0 || counts.deprecated > 0) return 'minor';
  return counts.changed > 0 ? 'patch' : 'none';
}

/** Operations with breaking changes first, then deprecations; by name within a rank. */
function byImpact(a: ChangelogOperation, b: ChangelogOperation): number {
  const rank = (op: ChangelogOperation) => (op.breaking.length > 0 ? 0 : op.deprecated.length > 0 ? 1 : 2);
  return rank(a) - rank(b) || a.operation.localeCompare(b.operation);
}
