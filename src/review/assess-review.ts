// assess: findings -> severities -> verdict. Pure: the time is passed in, nothing is read.
// The verdict is decided here by rules alone; nothing downstream (a model included) changes it.
import type { Change } from '../diff/change.js';
import { expiredIgnoreEntries } from '../diff/ignore-expiry.js';
import type { ContractFormat } from '../formats/contract-format.js';
import { fingerprintFinding, type LintFinding } from '../lint/index.js';
import { applyLintOverrides, expiredLintOverrides } from '../lint/index.js';
import type { ReviewConfig } from '../config/config-schema.js';
import type { SpecProblem } from '../specs/spec-problem.js';
import { operationAt } from '../specs/http-methods.js';
import { buildChecklist } from './build-checklist.js';
import { buildMigrationPlan } from './build-migration-plan.js';
import { changeIdentity, type ReviewedDocuments } from './change-identity.js';
import { fingerprint } from './fingerprint.js';
import { isExpired } from './expiry-date.js';
import type { OperationFacts } from './operation-facts.js';
import type { Acceptance, Review, ReviewItem, Severity, SeverityCounts, SpecReview, SpecStatus } from './review.js';

/** Everything the analysis stage learned about one spec of the change. */
export interface SpecAnalysis {
  spec: string;
  /** Set for AsyncAPI, GraphQL and Protobuf contracts (absent for OpenAPI). */
  format?: ContractFormat;
  previousPath?: string;
  status: SpecStatus;
  baseVersion?: string;
  headVersion?: string;
  changes: Change[];
  lint: { introduced: LintFinding[]; existing: LintFinding[]; fixed: LintFinding[] };
  /** Fatal problems of the head (a head that does not load is a blocker). */
  problems: SpecProblem[];
  /** Fatal problems of the base: the diff is skipped, the review says why, nothing blocks. */
  baseProblems: SpecProblem[];
  newOperations: OperationFacts[];
  newlyDeprecated: OperationFacts[];
  /** The base's facts about operations the head removed, so the migration plan can name their replacement. */
  removedOperations?: OperationFacts[];
  notes: string[];
  /** The loaded sides, so fingerprints name array items by identity rather than index. */
  documents?: ReviewedDocuments;
}

export interface AssessInput {
  specs: SpecAnalysis[];
  config: ReviewConfig;
  acceptances: Acceptance[];
  now: Date;
}

const changeSeverity = { error: 'blocker', warning: 'warning', info: 'info' } as const;

/**
 * An acceptance fingerprint that covers every breaking-change blocker of the review it is applied
 * to (label-based acceptance: the label stands for whatever breaks while it is on).
 */
export const EVERY_BREAKING_CHANGE = '*';

export function assessReview(input: AssessInput): Review {
  return summarizeReview(assessSpecs(input), input);
}

/**
 * Each spec assessed on its own (its items, checklist and plan): what a review worker can do for
 * its share of a monorepo's specs while the documents the fingerprints need are at hand.
 */
export function assessSpecs(input: AssessInput): SpecReview[] {
  const inForce = acceptancesInForce(input);
  return input.specs
    .map((analysis) => ({ ...analysis, lint: applyLintOverrides(analysis.lint, analysis.spec, input.config.lint.overrides, input.now) }))
    .map((analysis) => assessSpec(analysis, input.config, inForce));
}

/** The review of specs already assessed: verdict, title, counts and the acceptances that cover them. */
export function summarizeReview(specs: SpecReview[], input: Omit<AssessInput, 'specs'>): Review {
  // An acceptance past its `until` covers nothing; it is listed as expired where it would have.
  const inForce = acceptancesInForce(input);
  const expired = input.acceptances.filter((acceptance) => !inForce.includes(acceptance));
  const items = specs.flatMap((spec) => spec.items);
  const counts = countSeverities(items);
  const blockers = items.filter((item) => item.severity === 'blocker');
  const unaccepted = blockers.filter((item) => !item.acceptedBy);
  const breakingChanges = items.filter((item) => item.kind === 'breaking-change' && item.severity === 'blocker').length;
  const newLintErrors = specs.reduce((sum, spec) => sum + spec.lint.introduced.filter((finding) => finding.severity === 'error').length, 0);
  const invalidSpecs = items.filter((item) => item.kind === 'invalid-spec').length;
  const acceptedBlockers = blockers.length - unaccepted.length;
  return {
    verdict: unaccepted.length > 0 ? 'fail' : 'pass',
    title: reviewTitle({
      breakingChanges,
      newLintErrors,
      invalidSpecs,
      acceptedBlockers,
      warnings: counts.warning,
      specs: specs.length,
      uncomparedSpecs: specs.filter((spec) => spec.baseProblems.length > 0).length,
    }),
    counts,
    breakingChanges,
    acceptedBlockers,
    newLintErrors,
    specs,
    acceptances: coveredHere(inForce, blockers),
    expiredAcceptances: coveredHere(expired, blockers),
    expiredIgnores: expiredIgnoreEntries(input.config.breaking.ignore, input.now),
    expiredLintOverrides: expiredLintOverrides(input.config.lint.overrides, input.now),
    unacceptedFingerprints: unaccepted.map((item) => item.fingerprint),
    generatedAt: input.now.toISOString(),
  };
}

function acceptancesInForce(input: Pick<AssessInput, 'acceptances' | 'now'>): Acceptance[] {
  return input.acceptances.filter((acceptance) => acceptance.until === undefined || !isExpired(acceptance.until, input.now));
}

/** Each acceptance with the blockers it covers in this review, not what it once saw; those covering none are left out. */
function coveredHere(acceptances: readonly Acceptance[], blockers: readonly ReviewItem[]): Acceptance[] {
  return acceptances
    .map((acceptance) => ({ ...acceptance, fingerprints: blockers.filter((item) => covers(acceptance, item)).map((item) => item.fingerprint) }))
    .filter((acceptance) => acceptance.fingerprints.length > 0);
}

function assessSpec(analysis: SpecAnalysis, config: ReviewConfig, acceptances: Acceptance[]): SpecReview {
  const items: ReviewItem[] = [
    ...analysis.problems.map((problem) => problemItem(analysis.spec, problem)),
    ...analysis.changes.map((change) => changeItem(analysis.spec, change, acceptances, analysis.documents)),
    ...analysis.lint.introduced.map((finding) => lintItem(analysis.spec, finding, config, analysis.documents)),
  ];
  const breaking = analysis.changes.filter((change) => change.level === 'error');
  return {
    spec: analysis.spec,
    ...(analysis.format ? { format: analysis.format } : {}),
    ...(analysis.previousPath ? { previousPath: analysis.previousPath } : {}),
    status: analysis.status,
    ...(analysis.headVersion ? { version: analysis.headVersion } : {}),
    items: items.sort(compareItems),
    changes: analysis.changes,
    lint: analysis.lint,
    baseProblems: analysis.baseProblems,
    checklist: buildChecklist({
      newOperations: analysis.newOperations,
      newlyDeprecated: analysis.newlyDeprecated,
      breaking,
      changes: analysis.changes,
      baseVersion: analysis.baseVersion,
      headVersion: analysis.headVersion,
      headFindings: [...analysis.lint.introduced, ...analysis.lint.existing],
      ...(analysis.format ? { format: analysis.format } : {}),
    }),
    migrationPlan: buildMigrationPlan(analysis.changes, analysis.removedOperations),
    notes: analysis.notes,
  };
}

function problemItem(spec: string, problem: SpecProblem): ReviewItem {
  return {
    kind: 'invalid-spec',
    rule: problem.code,
    severity: 'blocker',
    message: problem.message,
    operation: null,
    path: [],
    source: problem.source,
    fingerprint: fingerprint({ rule: problem.code, spec, operation: null, path: [problem.source.file, problem.message] }),
  };
}

function changeItem(spec: string, change: Change, acceptances: Acceptance[], documents?: ReviewedDocuments): ReviewItem {
  const print = fingerprint({ rule: change.id, spec, operation: change.operation, ...changeIdentity(change, documents) });
  const severity: Severity = changeSeverity[change.level];
  const acceptance = severity === 'blocker' ? acceptances.find((candidate) => covers(candidate, { kind: 'breaking-change', fingerprint: print })) : undefined;
  return {
    kind: 'breaking-change',
    rule: change.id,
    severity,
    message: change.message,
    operation: change.operation,
    path: change.path,
    source: change.source,
    side: change.side,
    ...(change.nearestInHead ? { nearestInHead: change.nearestInHead } : {}),
    fingerprint: print,
    ...(acceptance
      ? { acceptedBy: { user: acceptance.user, reason: acceptance.reason, url: acceptance.url, ...(acceptance.until === undefined ? {} : { until: acceptance.until }) } }
      : {}),
  };
}

/** Only breaking changes can be accepted; the review lists an acceptance with the blockers it covers here. */
function covers(acceptance: Acceptance, item: Pick<ReviewItem, 'kind' | 'fingerprint'>): boolean {
  if (item.kind !== 'breaking-change') return false;
  return acceptance.fingerprints.includes(item.fingerprint) || acceptance.fingerprints.includes(EVERY_BREAKING_CHANGE);
}

function lintItem(spec: string, finding: LintFinding, config: ReviewConfig, documents?: ReviewedDocuments): ReviewItem {
  const severity: Severity =
    finding.severity === 'error' ? (config.lint.new_errors_block ? 'blocker' : 'warning') : finding.severity === 'warning' ? 'warning' : 'info';
  return {
    kind: 'lint',
    rule: finding.code,
    severity,
    lintSeverity: finding.severity,
    message: finding.message,
    // `paths./pets.get...` names an operation: the comment shows lint findings with it.
    // The fingerprint is lint's own identity of the finding (introduced findings are in the head).
    operation: operationAt(finding.path) ?? null,
    path: finding.path,
    source: finding.source,
    fingerprint: fingerprint({ rule: finding.code, spec, operation: null, path: [fingerprintFinding(finding, documents?.head)] }),
  };
}

const severityOrder: Record<Severity, number> = { blocker: 0, warning: 1, info: 2 };
const lintSeverityOrder: Record<LintFinding['severity'], number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** By severity (a non-blocking lint error before lint warnings), then by place. */
function compareItems(a: ReviewItem, b: ReviewItem): number {
  const lintRank = (item: ReviewItem): number => (item.lintSeverity ? lintSeverityOrder[item.lintSeverity] : 0);
  return (
    severityOrder[a.severity] - severityOrder[b.severity] ||
    lintRank(a) - lintRank(b) ||
    (a.operation ?? '').localeCompare(b.operation ?? '') ||
    a.source.file.localeCompare(b.source.file) ||
    a.source.line - b.source.line ||
    a.rule.localeCompare(b.rule)
  );
}

function countSeverities(items: ReviewItem[]): SeverityCounts {
  const counts: SeverityCounts = { blocker: 0, warning: 0, info: 0 };
  for (const item of items) if (!item.acceptedBy) counts[item.severity] += 1;
  return counts;
}

interface TitleFacts {
  breakingChanges: number;
  newLintErrors: number;
  invalidSpecs: number;
  acceptedBlockers: number;
  warnings: number;
  specs: number;
  /** Specs whose base version did not parse: nothing was compared, so nothing may read as safe. */
  uncomparedSpecs: number;
}

export function reviewTitle(facts: TitleFacts): string {
  if (facts.specs === 0) return 'No API description changed';
  const parts: string[] = [];
  if (facts.invalidSpecs > 0) parts.push(plural(facts.invalidSpecs, 'invalid spec', 'invalid specs'));
  const open = facts.breakingChanges - facts.acceptedBlockers;
  if (open > 0) parts.push(plural(open, 'breaking change', 'breaking changes'));
  if (facts.acceptedBlockers > 0) parts.push(`${plural(facts.acceptedBlockers, 'breaking change', 'breaking changes')} accepted`);
  if (facts.newLintErrors > 0) parts.push(plural(facts.newLintErrors, 'new lint error', 'new lint errors'));
  if (facts.uncomparedSpecs > 0) parts.push(`${plural(facts.uncomparedSpecs, 'spec', 'specs')} not compared: ${facts.uncomparedSpecs === 1 ? 'its' : 'their'} base version does not parse`);
  if (parts.length === 0) parts.push('No breaking changes');
  if (facts.warnings > 0) parts.push(plural(facts.warnings, 'warning', 'warnings'));
  return parts.join(' · ');
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
