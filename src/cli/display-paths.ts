// render (CLI): the file names people read. Each CLI input is read from its own root folder, so a
// hostile `$ref` cannot climb out of it (specs/repo-path.ts), and locations name files relative to
// that root: two inputs outside the working directory would both print `openapi.yaml:97`. The
// root as seen from the working directory (its display prefix) is put back on every location the
// CLI prints for people and CI tools; JSON keeps the paths the pipeline computed (its contract),
// and nothing here is ever used to read a file.
import { posix } from 'node:path';
import type { Change } from '../diff/change.js';
import type { LintFinding } from '../lint/index.js';
import type { Review, ReviewItem, SpecReview } from '../review/review.js';
import type { SourceLocation } from '../specs/source-location.js';

/** Per side, the input's root relative to the working directory, `/`-separated; `''` when it is the working directory. */
export interface DisplayRoots {
  base: string;
  head: string;
}

export const workingDirectoryRoots: DisplayRoots = { base: '', head: '' };

export function displayFile(file: string, prefix: string): string {
  return prefix === '' ? file : posix.join(prefix, file);
}

export function displayedLocation(source: SourceLocation, prefix: string): SourceLocation {
  return { ...source, file: displayFile(source.file, prefix) };
}

function sideOf(side: string | undefined, roots: DisplayRoots): string {
  return side === 'base' ? roots.base : roots.head;
}

/** A change points into the version its check names (`side`); its nearest surviving place is in the head. */
export function displayedChanges(changes: Change[], roots: DisplayRoots): Change[] {
  return changes.map((change) => ({
    ...change,
    source: displayedLocation(change.source, sideOf(change.side, roots)),
    ...(change.nearestInHead ? { nearestInHead: displayedLocation(change.nearestInHead, roots.head) } : {}),
  }));
}

export function displayedFindings(findings: LintFinding[], prefix: string): LintFinding[] {
  return findings.map((finding) => ({ ...finding, source: displayedLocation(finding.source, prefix) }));
}

function displayedItem(item: ReviewItem, roots: DisplayRoots): ReviewItem {
  return {
    ...item,
    source: displayedLocation(item.source, sideOf(item.side, roots)),
    ...(item.nearestInHead ? { nearestInHead: displayedLocation(item.nearestInHead, roots.head) } : {}),
  };
}

function displayedSpec(spec: SpecReview, roots: DisplayRoots): SpecReview {
  return {
    ...spec,
    items: spec.items.map((item) => displayedItem(item, roots)),
    changes: displayedChanges(spec.changes, roots),
    // Introduced and existing findings are the head's (existing debt is listed at its head place); fixed ones the base's.
    lint: {
      introduced: displayedFindings(spec.lint.introduced, roots.head),
      existing: displayedFindings(spec.lint.existing, roots.head),
      fixed: displayedFindings(spec.lint.fixed, roots.base),
    },
    baseProblems: spec.baseProblems.map((problem) => ({ ...problem, source: displayedLocation(problem.source, roots.base) })),
  };
}

/** Every location of a review, for the Markdown, SARIF and changelog the CLI prints. */
export function displayedReview(review: Review, roots: DisplayRoots): Review {
  if (roots.base === '' && roots.head === '') return review;
  return { ...review, specs: review.specs.map((spec) => displayedSpec(spec, roots)) };
}
