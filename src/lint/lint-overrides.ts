// analyze: a policy applied after lint, before the assessment: `lint.overrides` entries turn a
// Spectral rule off for some spec files (or all) until their `expires` day. An entry past its day
// stops applying and the review names it, so a temporary waiver cannot become permanent by
// accident (the same reading as `breaking.ignore`). The time is passed in; no clock is read.
import picomatch from 'picomatch';
import type { ReviewConfig } from '../config/config-schema.js';
import { isExpired } from '../review/expiry-date.js';
import type { ExpiredIgnore } from '../review/review.js';
import type { LintFinding } from './lint-finding.js';

export type LintOverride = ReviewConfig['lint']['overrides'][number];

export interface LintFindings {
  introduced: LintFinding[];
  existing: LintFinding[];
  fixed: LintFinding[];
}

/** The overrides that still apply at `now`. */
export function activeLintOverrides(overrides: readonly LintOverride[], now: Date): LintOverride[] {
  return overrides.filter((override) => override.expires === undefined || !isExpired(override.expires, now));
}

/** The overrides past their day, each as one line naming the rule and the paths it waived. */
export function expiredLintOverrides(overrides: readonly LintOverride[], now: Date): ExpiredIgnore[] {
  return overrides.flatMap((override) =>
    override.expires !== undefined && isExpired(override.expires, now)
      ? [{ entry: describeLintOverride(override), expires: override.expires, reason: override.reason }]
      : [],
  );
}

/** `rule: x, paths: a, b` — the entry as an admin wrote it, in one line. */
export function describeLintOverride(override: Pick<LintOverride, 'rule' | 'paths'>): string {
  return override.paths === undefined ? `rule: ${override.rule}` : `rule: ${override.rule}, paths: ${override.paths.join(', ')}`;
}

/**
 * The findings of `spec` with the rules waived there dropped. A finding matches when its rule is
 * the override's (a glob) and the spec or the file the finding is in matches one of its paths.
 */
export function applyLintOverrides(findings: LintFindings, spec: string, overrides: readonly LintOverride[], now: Date): LintFindings {
  const matchers = activeLintOverrides(overrides, now).map(overrideMatcher);
  if (matchers.length === 0) return findings;
  const kept = (list: LintFinding[]): LintFinding[] => list.filter((finding) => !matchers.some((waives) => waives(finding, spec)));
  return { introduced: kept(findings.introduced), existing: kept(findings.existing), fixed: kept(findings.fixed) };
}

function overrideMatcher(override: LintOverride): (finding: LintFinding, spec: string) => boolean {
  const rule = picomatch(override.rule);
  const path = override.paths === undefined ? undefined : picomatch(override.paths, { dot: true });
  return (finding, spec) => rule(finding.code) && (path === undefined || path(spec) || path(finding.source.file));
}
