// digest: what the collect step learned from GitHub, as plain values. Every metric is a pure
// function of these facts and the run time, so metrics are tested without a network.
import type { ReviewConfig } from '../config/config-schema.js';
import type { CheckData } from '../review/check-data.js';
import type { LintSeverity } from '../lint/index.js';
import type { SourceLocation } from '../specs/source-location.js';

/** A pull request of a covered repository that touched an API description. */
export interface PullRequestFact {
  /** `owner/name`. */
  repo: string;
  number: number;
  title: string;
  url: string;
  createdAt: string;
  mergedAt: string | null;
  /** The latest `API Review` check run on the head commit, when the App reviewed it. */
  review: ReviewFact | undefined;
  /** When the first `API Review` check run on the pull request's commits started (looked up for merges of the report week only). */
  firstReviewAt: string | undefined;
}

export interface ReviewFact {
  completedAt: string | null;
  /** The machine-readable summary, when the check run carries one. */
  data: CheckData | undefined;
}

/** One operation of a spec on the default branch, reduced to what the digest measures. */
export interface OperationRecord {
  /** `GET /pets/{id}`. */
  operation: string;
  hasSummary: boolean;
  hasDescription: boolean;
  /** A documented 4xx or 5xx response (or `default`). */
  hasErrorResponses: boolean;
  /** An `example` or `examples` on a parameter, request body or response. */
  hasExamples: boolean;
  deprecated: boolean;
  /** `x-sunset` as written, when present. */
  sunset: string | undefined;
  /** Where the operation is written (a `$ref`'d file when it lives in one): the calendar links this line. */
  source: SourceLocation;
  /** Its parameters (the path item's included) marked `deprecated: true`. */
  deprecatedParameters: DeprecatedParameterRecord[];
}

export interface DeprecatedParameterRecord {
  /** `query limit`: where it is sent, then its name. */
  parameter: string;
  /** `x-sunset` as written, when present. */
  sunset: string | undefined;
  source: SourceLocation;
}

export interface SpecFinding {
  code: string;
  severity: LintSeverity;
  /** The operation the finding sits in, when it sits in one. */
  operation: string | undefined;
}

/** A spec on a repository's default branch, loaded and linted. */
export interface SpecSnapshot {
  repo: string;
  path: string;
  url: string;
  /** `https://github.com/o/r/blob/<commit>/`: the default branch's commit the snapshot was read at, so a line link keeps pointing at the line read. */
  blobBase: string;
  operations: OperationRecord[];
  /** `undefined` when the ruleset could not be loaded (said in the notes). */
  findings: SpecFinding[] | undefined;
}

export interface DigestFacts {
  /** `owner/name` of every covered repository. */
  repos: string[];
  pullRequests: PullRequestFact[];
  specs: SpecSnapshot[];
  /** Each covered repository's `breaking.ignore` entries (the calendar lists those about to expire). */
  ignores?: { repo: string; entries: ReviewConfig['breaking']['ignore'] }[];
  /** Each covered repository's `lint.overrides` (the calendar lists those about to expire). */
  lintOverrides?: { repo: string; entries: ReviewConfig['lint']['overrides'] }[];
  /** What could not be read or measured, in a sentence each (never skipped silently). */
  notes: string[];
}
