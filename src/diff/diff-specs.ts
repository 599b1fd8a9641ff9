// analyze: the breaking-change engine. Phase one matches paths, operations and webhooks
// (spec-match.ts); phase two runs every family of checks over the matched pairs. Policies then
// decide each finding's level (repository overrides), drop ignored ones, locate them in the
// files, and the versioning policy runs last because it depends on whether an error remains.
import type { ReviewConfig } from '../config/config-schema.js';
import type { LoadedSpec } from '../specs/loaded-spec.js';
import { formatPointer } from '../specs/json-pointer.js';
import type { SourceLocation } from '../specs/source-location.js';
import type { Change } from './change.js';
import { defaultLevel, hasCheck } from './catalog.js';
import { compareVersions } from './checks/versioning.js';
import type { DiffContext } from './diff-context.js';
import { checkFamilies } from './families.js';
import { ignoreMatcher, type IgnoreMatcher } from './ignore-policy.js';
import { levelOf } from './level-policy.js';
import type { ReportedChange } from './report.js';
import { compareSchema } from './schema/compare-schema.js';
import { matchSpecs } from './spec-match.js';

export interface DiffOptions {
  config: ReviewConfig['breaking'];
  now: Date;
}

export function diffSpecs(base: LoadedSpec, head: LoadedSpec, options: DiffOptions): Change[] {
  const reported: ReportedChange[] = [];
  const ctx: DiffContext = {
    base,
    head,
    report: (change) => reported.push(change),
    hasCheck,
    defaultLevel,
    now: options.now,
    deprecationDays: options.config.deprecation_days,
    compareSchema: (baseNode, headNode, site) => compareSchema(schemaContext, baseNode, headNode, site),
  };
  const schemaContext = {
    ...ctx,
    deprecationPolicy: { now: options.now, deprecationDays: options.config.deprecation_days },
    flattenAllOf: options.config.flatten_allof,
  };
  const match = matchSpecs(base, head, options.config.strip_path_prefix);
  for (const { compare } of checkFamilies) compare?.(ctx, match);

  const ignored = ignoreMatcher(options.config.ignore, options.now);
  const changes = finalize(ctx, reported, options.config, ignored);
  // oasdiff judges `info.version` only when a breaking (ERR) change is left after the policies.
  if (changes.some((change) => change.level === 'error')) {
    const versionFindings: ReportedChange[] = [];
    compareVersions({ ...ctx, report: (change) => versionFindings.push(change) });
    for (const change of finalize(ctx, versionFindings, options.config, ignored)) changes.push(change);
  }
  return sortAndDedupe(changes);
}

function finalize(
  ctx: DiffContext,
  reported: readonly ReportedChange[],
  config: ReviewConfig['breaking'],
  ignored: IgnoreMatcher,
): Change[] {
  const changes: Change[] = [];
  const locate = locationCache(ctx);
  for (const finding of reported) {
    const level = levelOf(finding.id, defaultLevel(finding.id), config.levels);
    if (level === 'off') continue;
    const change: Change = {
      id: finding.id,
      level,
      operation: finding.operation,
      path: finding.node.path,
      message: finding.message,
      source: locate(finding),
      side: finding.side,
    };
    if (!ignored(change)) changes.push(change);
  }
  return changes;
}

/**
 * Locating a node in a large YAML file walks its syntax tree; a change in a shared component is
 * reported by hundreds of operations at the same node, so each node is located once.
 */
function locationCache(ctx: DiffContext): (finding: ReportedChange) => SourceLocation {
  const located = new Map<string, SourceLocation>();
  return ({ side, node }) => {
    const key = [side, node.file, formatPointer(node.path)].join('\u0000');
    let location = located.get(key);
    if (location === undefined) {
      location = (side === 'base' ? ctx.base : ctx.head).locate(node.file, node.path);
      located.set(key, location);
    }
    return location;
  };
}

function sortAndDedupe(changes: Change[]): Change[] {
  // One string per change, fields joined by U+0000 (below every other character), sorts like the
  // field-by-field comparison; tens of thousands of changes on large descriptions make it matter.
  const keyed = changes.map((change) => {
    const pointer = formatPointer(change.path);
    return { change, key: sortKey(change, pointer), identity: identityOf(change, pointer) };
  });
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const seen = new Set<string>();
  const result: Change[] = [];
  for (const { change, identity } of keyed) {
    // A shared node reached twice (e.g. one `$ref`'d parameter on a path and its operation) is reported once.
    if (seen.has(identity)) continue;
    seen.add(identity);
    result.push(change);
  }
  return result;
}

function identityOf(change: Change, pointer: string): string {
  return [change.id, change.operation ?? '', change.source.file, pointer, change.message].join('\u0000');
}

function sortKey(change: Change, pointer: string): string {
  return [
    change.operation === null ? '' : '\u0001' + change.operation,
    change.id,
    change.source.file,
    String(change.source.line).padStart(9, '0'),
    pointer,
    change.message,
  ].join('\u0000');
}
