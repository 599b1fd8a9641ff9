// analyze: which lint findings a pull request introduced, which were already there at the merge
// base, and which it fixed. Findings are matched by a fingerprint that survives line shifts and
// reordering; only debt the pull request added can block a merge.
import { identityPath } from '../specs/identity-path.js';
import type { LoadedSpec } from '../specs/loaded-spec.js';
import type { LintFinding } from './lint-finding.js';

export interface ClassifiedFindings {
  /** In the head, not in the base: this pull request added them. */
  introduced: LintFinding[];
  /** In both: existing debt, never blocking. */
  existing: LintFinding[];
  /** In the base, gone from the head (base findings, with base lines). */
  fixed: LintFinding[];
}

/** The specs the findings came from, to name array items by what they are rather than where. */
export interface FingerprintContext {
  base?: LoadedSpec;
  head?: LoadedSpec;
}

/**
 * Rule code, file and JSON path, without the line. An array index is replaced by what the item
 * is when the spec is at hand (`identityPath`: `query:limit` for a parameter, the `$ref` for a
 * reference, the `name` of a tag, the value of a scalar item). Reordering parameters then does
 * not make their findings look new.
 */
export function fingerprintFinding(finding: LintFinding, spec?: LoadedSpec): string {
  // A review fingerprints each finding several times (scoping the incremental lint, then
  // classifying); findings are never changed once made, so each print is kept with it.
  const bySpec = fingerprints.get(spec ?? NO_SPEC) ?? new WeakMap<LintFinding, string>();
  fingerprints.set(spec ?? NO_SPEC, bySpec);
  let print = bySpec.get(finding);
  if (print === undefined) bySpec.set(finding, (print = computeFingerprint(finding, spec)));
  return print;
}

const NO_SPEC = {};
const fingerprints = new WeakMap<object, WeakMap<LintFinding, string>>();

function computeFingerprint(finding: LintFinding, spec?: LoadedSpec): string {
  const data = spec?.files.get(finding.source.file)?.data;
  const segments = identityPath(data, finding.path);
  // The root file is named by its role: base and head of one spec may live at different paths
  // (a renamed spec, two local files), and its findings are still the same findings.
  const file = spec && finding.source.file === spec.root ? '<root>' : finding.source.file;
  return JSON.stringify([finding.code, file, segments]);
}

/**
 * Matches head findings to base findings with equal fingerprints, one for one: two identical
 * findings in the head against one in the base are one existing and one introduced.
 */
export function classifyFindings(
  baseFindings: readonly LintFinding[],
  headFindings: readonly LintFinding[],
  context: FingerprintContext = {},
): ClassifiedFindings {
  const unmatchedBase = new Map<string, LintFinding[]>();
  for (const finding of baseFindings) {
    const key = fingerprintFinding(finding, context.base);
    const same = unmatchedBase.get(key);
    if (same) same.push(finding);
    else unmatchedBase.set(key, [finding]);
  }
  const introduced: LintFinding[] = [];
  const existing: LintFinding[] = [];
  for (const finding of headFindings) {
    const candidates = unmatchedBase.get(fingerprintFinding(finding, context.head));
    if (candidates !== undefined && candidates.length > 0) {
      candidates.shift();
      existing.push(finding);
    } else {
      introduced.push(finding);
    }
  }
  const fixed = baseFindings.filter((finding) => isStillUnmatched(finding, unmatchedBase, context.base));
  return { introduced, existing, fixed };
}

function isStillUnmatched(finding: LintFinding, unmatched: ReadonlyMap<string, LintFinding[]>, spec?: LoadedSpec): boolean {
  return unmatched.get(fingerprintFinding(finding, spec))?.includes(finding) ?? false;
}
