// assess: the review of a pull request (or of two local versions) as one value. Everything a
// publisher shows — comment, check run, annotations, label, JSON — is rendered from this.
import type { Change } from '../diff/change.js';
import type { Side } from '../diff/report.js';
import type { ContractFormat } from '../formats/contract-format.js';
import type { LintFinding } from '../lint/index.js';
import type { JsonPath, SourceLocation } from '../specs/source-location.js';
import type { SpecProblem } from '../specs/spec-problem.js';

/** The review's own scale (DESIGN.md "Severity model"). */
export type Severity = 'blocker' | 'warning' | 'info';

export type Verdict = 'pass' | 'fail';

/** What one reviewed spec is, relative to the base. */
export type SpecStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'unchanged';

export type ItemKind = 'breaking-change' | 'lint' | 'invalid-spec';

export interface ReviewItem {
  kind: ItemKind;
  /** Check id, Spectral rule code, or problem code. */
  rule: string;
  severity: Severity;
  message: string;
  operation: string | null;
  path: JsonPath;
  source: SourceLocation;
  /** Lint items: Spectral's own severity (a lint error that does not block still comes before warnings). */
  lintSeverity?: LintFinding['severity'];
  /** Breaking changes: the version `source` points into (`Change.side`); other items are in the head. */
  side?: Side;
  /** A removal's nearest surviving place in the head, when the engine knows it (see Change). */
  nearestInHead?: SourceLocation;
  /** Stable across pushes that only move lines: the handle acceptances refer to. */
  fingerprint: string;
  /** Set when a blocker is covered by an acceptance. */
  acceptedBy?: AcceptanceRef;
}

export interface Acceptance {
  user: string;
  reason: string;
  /** Link to the comment (or label event) that carries it. */
  url: string;
  at: string;
  /** The exact blockers it covers. */
  fingerprints: string[];
  /** The last day (UTC, `YYYY-MM-DD`) it holds; absent: until revoked. */
  until?: string;
}

export interface AcceptanceRef {
  user: string;
  reason: string;
  url: string;
  until?: string;
}

export interface ExpiredIgnore {
  /** The entry as configured, in one line (`id=… operation=… path=…`). */
  entry: string;
  expires: string;
  reason: string;
}

export interface ChecklistItem {
  text: string;
  done: boolean;
  /** Why the item is on the list (the operation or change it comes from). */
  because: string;
}

export interface MigrationStep {
  operation: string;
  steps: { rule: string; text: string }[];
}

export interface SpecReview {
  /** The spec's path in the head (in the base when deleted). */
  spec: string;
  /** Set for AsyncAPI, GraphQL and Protobuf contracts (absent for OpenAPI). */
  format?: ContractFormat;
  previousPath?: string;
  status: SpecStatus;
  version?: string;
  items: ReviewItem[];
  /** Every diff change, info-level included (the JSON output keeps them all). */
  changes: Change[];
  lint: {
    introduced: LintFinding[];
    existing: LintFinding[];
    fixed: LintFinding[];
  };
  /** Why the base could not be compared (the CLI exits 2 on these; the App only notes them). */
  baseProblems: SpecProblem[];
  checklist: ChecklistItem[];
  migrationPlan: MigrationStep[];
  /** Parts of the review that were not done, with the reason (never skipped silently). */
  notes: string[];
}

export interface SeverityCounts {
  blocker: number;
  warning: number;
  info: number;
}

export interface Review {
  verdict: Verdict;
  /** One line: "2 breaking changes · 3 new lint errors". */
  title: string;
  counts: SeverityCounts;
  /** Counts per kind, for titles and the digest. */
  breakingChanges: number;
  acceptedBlockers: number;
  newLintErrors: number;
  specs: SpecReview[];
  acceptances: Acceptance[];
  /** Acceptances past their `until` that would cover a blocker here: they count no more, and the review says so. */
  expiredAcceptances: Acceptance[];
  /** `breaking.ignore` entries past their `expires`: they no longer apply. */
  expiredIgnores: ExpiredIgnore[];
  /** `lint.overrides` entries past their `expires`: the rule counts again. */
  expiredLintOverrides: ExpiredIgnore[];
  /** Blockers not covered by any acceptance. */
  unacceptedFingerprints: string[];
  generatedAt: string;
}
