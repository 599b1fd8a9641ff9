// render: the review shaped for the templates — grouped, ordered and capped, so templates
// stay free of logic and long lists are cut with "showing X of Y". With several specs, one
// summary row per spec comes first and the specs are ordered by what they need (blockers first);
// the budget decides how many of them get a detailed section (render-review.ts).
import type { LintFinding } from '../lint/index.js';
import { editKey } from '../review/edit-key.js';
import { locatedInBase } from '../review/located-in-base.js';
import { locationText } from './location-text.js';
import type { Acceptance, Review, ReviewItem, SeverityCounts, SpecReview } from '../review/review.js';
import type { SourceLocation } from '../specs/source-location.js';

/** Where file links point: a blob URL prefix (`https://github.com/o/r/blob/<sha>/`) or none. */
export interface LinkOptions {
  headBlobUrl?: string;
  baseBlobUrl?: string;
}

export interface ViewLimits {
  /** Most items listed per section; the rest is counted. */
  itemsPerSection: number;
  /** How many specs (in review order: blockers first) get a detailed section; the rest are in the summary table only. */
  detailedSpecs?: number;
}

interface Capped<T> {
  shown: T[];
  total: number;
  hidden: number;
}

export interface ItemView {
  operation?: string;
  rule: string;
  severity: string;
  icon: string;
  message: string;
  location: string;
  link?: string;
  accepted?: { user: string; reason: string; url: string };
}

/** One edit of the spec (a shared schema, say) that breaks many operations, shown once. */
export interface WidespreadEditView extends ItemView {
  count: number;
  operationCount: number;
  operations: string[];
  moreOperations: number;
}

/** Non-blocking findings from one edit (same check, place and message), shown once with a count. */
export interface NoiseGroupView extends ItemView {
  count: number;
  /** The first few operations it reaches, when it reaches more than one. */
  operations: string[];
  moreOperations: number;
}

/** Grouped non-blocking findings: `total` counts edits (lines), `findings` what the engine reported. */
type NoiseList = Capped<NoiseGroupView> & { findings: number };

/** One row of the summary table: every spec of the pull request, whatever the budget. */
export interface SpecSummaryView {
  spec: string;
  status: string;
  verdictIcon: string;
  counts: SeverityCounts;
  /** Whether the spec has a detailed section below the table. */
  detailed: boolean;
}

export interface OperationGroupView {
  operation: string;
  items: ItemView[];
}

export interface SpecView {
  spec: string;
  status: string;
  previousPath?: string;
  invalid: Capped<ItemView>;
  breaking: { widespread: Capped<WidespreadEditView>; groups: OperationGroupView[]; total: number; hidden: number };
  warnings: NoiseList;
  newLint: Capped<ItemView>;
  info: NoiseList;
  debt: Capped<ItemView>;
  fixedLint: number;
  checklist: Capped<{ text: string; done: boolean }>;
  migrationPlan: { operation: string; steps: { rule: string; text: string }[] }[];
  notes: string[];
  clean: boolean;
}

export interface ReviewView {
  verdict: string;
  passed: boolean;
  verdictIcon: string;
  title: string;
  counts: Review['counts'];
  acceptances: AcceptanceView[];
  /** Acceptances past their date: what they covered blocks again. */
  expiredAcceptances: AcceptanceView[];
  /** `breaking.ignore` entries past their `expires`, one line each. */
  expiredIgnores: Review['expiredIgnores'];
  /** `lint.overrides` entries past their `expires`, one line each. */
  expiredLintOverrides: Review['expiredLintOverrides'];
  /** Detailed sections, in review order; specs left out for the budget are in `summary` only. */
  specs: SpecView[];
  /** One row per spec when the pull request changes more than one (empty otherwise). */
  summary: SpecSummaryView[];
  /** Specs in the summary table without a detailed section (GitHub's size limit). */
  specsWithoutDetails: number;
  noSpecs: boolean;
  generatedAt: string;
}

export interface AcceptanceView {
  user: string;
  reason: string;
  url: string;
  count: number;
  until?: string;
}

const icons = { blocker: '🛑', warning: '⚠️', info: 'ℹ️' } as const;

export function buildReviewView(review: Review, links: LinkOptions, limits: ViewLimits): ReviewView {
  const ordered = inReviewOrder(review.specs);
  const summary = review.specs.length > 1 ? ordered.map(summaryRow) : [];
  // With a summary table, a spec with nothing to say needs no section: its row says ✅.
  const worthASection = ordered.filter((spec) => summary.length === 0 || !isQuiet(spec));
  const detailed = worthASection.slice(0, limits.detailedSpecs ?? worthASection.length);
  const detailedNames = new Set(detailed.map((spec) => spec.spec));
  return {
    verdict: review.verdict,
    passed: review.verdict === 'pass',
    // A pass over a spec whose base did not parse compared nothing: not a green tick.
    verdictIcon: review.verdict === 'fail' ? '❌' : review.specs.some((spec) => spec.baseProblems.length > 0) ? '⚠️' : '✅',
    title: review.title,
    counts: review.counts,
    acceptances: review.acceptances.map(acceptanceView),
    expiredAcceptances: review.expiredAcceptances.map(acceptanceView),
    expiredIgnores: review.expiredIgnores,
    expiredLintOverrides: review.expiredLintOverrides,
    specs: detailed.map((spec) => buildSpecView(spec, links, limits)),
    summary: summary.map((row) => ({ ...row, detailed: detailedNames.has(row.spec) })),
    specsWithoutDetails: worthASection.length - detailed.length,
    noSpecs: review.specs.length === 0,
    generatedAt: review.generatedAt,
  };
}

/** Specs with unaccepted blockers first, then warnings, then the rest; by path within each. */
function inReviewOrder(specs: readonly SpecReview[]): SpecReview[] {
  const rank = (spec: SpecReview): number => {
    const counts = specCounts(spec);
    return counts.blocker > 0 ? 0 : spec.baseProblems.length > 0 ? 1 : counts.warning > 0 ? 2 : counts.info > 0 ? 3 : 4;
  };
  return [...specs].sort((a, b) => rank(a) - rank(b) || a.spec.localeCompare(b.spec));
}

/** Unaccepted items per severity, as the review's own counts. */
function specCounts(spec: SpecReview): SeverityCounts {
  const counts: SeverityCounts = { blocker: 0, warning: 0, info: 0 };
  for (const item of spec.items) if (!item.acceptedBy) counts[item.severity] += 1;
  return counts;
}

function isQuiet(spec: SpecReview): boolean {
  return spec.items.length === 0 && spec.notes.length === 0 && spec.baseProblems.length === 0;
}

function summaryRow(spec: SpecReview): Omit<SpecSummaryView, 'detailed'> {
  const counts = specCounts(spec);
  return {
    spec: spec.spec,
    status: spec.status,
    verdictIcon: counts.blocker > 0 ? '❌' : spec.baseProblems.length > 0 || counts.warning > 0 ? '⚠️' : '✅',
    counts,
  };
}

function acceptanceView(acceptance: Acceptance): AcceptanceView {
  return {
    user: acceptance.user,
    reason: acceptance.reason,
    url: acceptance.url,
    count: acceptance.fingerprints.length,
    ...(acceptance.until === undefined ? {} : { until: acceptance.until }),
  };
}

function buildSpecView(spec: SpecReview, links: LinkOptions, limits: ViewLimits): SpecView {
  const cap = <T>(list: T[]): Capped<T> => capList(list, limits.itemsPerSection);
  const view = (item: ReviewItem): ItemView => itemView(item, links);
  const blockingChanges = spec.items.filter((item) => item.kind === 'breaking-change' && item.severity === 'blocker');
  const warningChanges = spec.items.filter((item) => item.kind === 'breaking-change' && item.severity === 'warning');
  const infoChanges = spec.items.filter((item) => item.kind === 'breaking-change' && item.severity === 'info');
  const lintItems = spec.items.filter((item) => item.kind === 'lint');
  const { widespread, single } = splitWidespread(blockingChanges);
  const shownBreaking = single.slice(0, limits.itemsPerSection);
  return {
    spec: spec.spec,
    status: spec.status,
    ...(spec.previousPath ? { previousPath: spec.previousPath } : {}),
    invalid: cap(spec.items.filter((item) => item.kind === 'invalid-spec').map(view)),
    breaking: {
      widespread: cap(widespread.map((items) => widespreadView(items, links))),
      groups: groupByOperation(shownBreaking.map((item) => ({ item, view: view(item) }))),
      total: blockingChanges.length,
      hidden: single.length - shownBreaking.length,
    },
    warnings: { ...cap(groupNoise(warningChanges, links)), findings: warningChanges.length },
    newLint: cap(lintItems.map(view)),
    info: { ...cap(groupNoise(infoChanges, links)), findings: infoChanges.length },
    debt: cap(spec.lint.existing.map((finding) => lintView(finding, links))),
    fixedLint: spec.lint.fixed.length,
    checklist: capChecklist(spec.checklist.map(({ text, done }) => ({ text, done })), limits.itemsPerSection),
    migrationPlan: spec.migrationPlan.slice(0, limits.itemsPerSection),
    notes: spec.notes,
    clean: spec.items.length === 0,
  };
}

function itemView(item: ReviewItem, links: LinkOptions): ItemView {
  const inBase = locatedInBase(item);
  const side = inBase ? links.baseBlobUrl : links.headBlobUrl;
  return {
    ...(item.operation ? { operation: item.operation } : {}),
    rule: item.rule,
    severity: item.severity,
    icon: icons[item.severity],
    message: item.message,
    // The line is what the link opens; the column stays in JSON and SARIF.
    location: locationText({ file: item.source.file, line: item.source.line }, inBase),
    ...linkTo(item.source, side),
    ...(item.acceptedBy ? { accepted: item.acceptedBy } : {}),
  };
}

function lintView(finding: LintFinding, links: LinkOptions): ItemView {
  const severity = finding.severity === 'error' ? 'blocker' : finding.severity === 'warning' ? 'warning' : 'info';
  return {
    rule: finding.code,
    severity: finding.severity,
    icon: icons[severity],
    message: finding.message,
    location: `${finding.source.file}:${finding.source.line}`,
    ...linkTo(finding.source, links.headBlobUrl),
  };
}

function linkTo(source: SourceLocation, blobUrl: string | undefined): { link?: string } {
  return blobUrl ? { link: `${blobUrl}${source.file.split('/').map(encodeURIComponent).join('/')}#L${source.line}` } : {};
}

/** An edit that breaks this many operations or more is shown once, with the operations it reaches. */
const widespreadAt = 3;
const operationsNamed = 5;

/** Blockers from one place in the spec (same rule, file and line) that reach many operations, apart from the rest. */
function splitWidespread(items: ReviewItem[]): { widespread: ReviewItem[][]; single: ReviewItem[] } {
  const byEdit = new Map<string, ReviewItem[]>();
  for (const item of items) {
    const key = editKey(item.rule, item.source);
    const group = byEdit.get(key);
    if (group) group.push(item);
    else byEdit.set(key, [item]);
  }
  const widespread = [...byEdit.values()].filter((group) => new Set(group.map((item) => item.operation)).size >= widespreadAt);
  const inWidespread = new Set(widespread.flat());
  return { widespread: widespread.sort((a, b) => b.length - a.length), single: items.filter((item) => !inWidespread.has(item)) };
}

function widespreadView(items: ReviewItem[], links: LinkOptions): WidespreadEditView {
  const operations = [...new Set(items.map((item) => item.operation ?? 'Whole API'))];
  const first = itemView(items[0] as ReviewItem, links);
  const allAccepted = items.every((item) => item.acceptedBy);
  const { accepted: _accepted, ...rest } = first;
  return {
    ...rest,
    ...(allAccepted && first.accepted ? { accepted: first.accepted } : {}),
    count: items.length,
    operationCount: operations.length,
    operations: operations.slice(0, operationsNamed),
    moreOperations: Math.max(0, operations.length - operationsNamed),
  };
}

/** Non-blocking findings listed this many times or more name only the first operations. */
const noiseOperationsNamed = 3;

/**
 * A change to a shared schema is reported once per operation that reaches it: tens of thousands
 * of identical lines on a large spec. One line per edit (check, place and message), with a count.
 */
function groupNoise(items: ReviewItem[], links: LinkOptions): NoiseGroupView[] {
  const byEdit = new Map<string, ReviewItem[]>();
  for (const item of items) {
    const key = `${editKey(item.rule, item.source)}\u0000${item.message}`;
    const group = byEdit.get(key);
    if (group) group.push(item);
    else byEdit.set(key, [item]);
  }
  return [...byEdit.values()].map((group) => {
    const operations = [...new Set(group.map((item) => item.operation ?? 'Whole API'))];
    return {
      ...itemView(group[0] as ReviewItem, links),
      count: group.length,
      operations: operations.length > 1 ? operations.slice(0, noiseOperationsNamed) : [],
      moreOperations: operations.length > 1 ? Math.max(0, operations.length - noiseOperationsNamed) : 0,
    };
  });
}

/** A new spec of a thousand operations would list thousands of items: past the cap, open items come first. */
function capChecklist(items: { text: string; done: boolean }[], limit: number): Capped<{ text: string; done: boolean }> {
  if (items.length <= limit) return capList(items, limit);
  return capList([...items.filter((item) => !item.done), ...items.filter((item) => item.done)], limit);
}

function groupByOperation(entries: { item: ReviewItem; view: ItemView }[]): OperationGroupView[] {
  const groups = new Map<string, OperationGroupView>();
  for (const { item, view } of entries) {
    const operation = item.operation ?? 'Whole API';
    const group = groups.get(operation) ?? { operation, items: [] };
    group.items.push(view);
    groups.set(operation, group);
  }
  return [...groups.values()];
}

function capList<T>(list: T[], limit: number): Capped<T> {
  const shown = list.slice(0, limit);
  return { shown, total: list.length, hidden: list.length - shown.length };
}
