// digest (metrics): lint compliance of each spec on the default branch — errors, warnings, and
// the share of operations with no finding of any severity.
import type { SpecSnapshot } from '../digest-facts.js';

export interface LintCompliance {
  repo: string;
  spec: string;
  url: string;
  errors: number;
  warnings: number;
  operations: number;
  /** Operations with no finding. */
  clean: number;
  /** `clean / operations`; `null` for a spec without operations. */
  share: number | null;
}

export function lintCompliance(specs: readonly SpecSnapshot[]): LintCompliance[] {
  return specs.flatMap((spec) => {
    if (spec.findings === undefined) return [];
    const flagged = new Set(spec.findings.map((finding) => finding.operation).filter((operation) => operation !== undefined));
    const clean = spec.operations.filter((record) => !flagged.has(record.operation)).length;
    return [
      {
        repo: spec.repo,
        spec: spec.path,
        url: spec.url,
        errors: spec.findings.filter((finding) => finding.severity === 'error').length,
        warnings: spec.findings.filter((finding) => finding.severity === 'warning').length,
        operations: spec.operations.length,
        clean,
        share: spec.operations.length === 0 ? null : clean / spec.operations.length,
      },
    ];
  });
}
