// digest (metrics): the most violated lint rules across the default-branch specs, by number of
// findings (ties by rule code, so the list is stable between runs).
import type { SpecSnapshot } from '../digest-facts.js';

export interface RuleCount {
  code: string;
  findings: number;
  /** Specs with at least one finding of the rule. */
  specs: number;
}

export function topRules(specs: readonly SpecSnapshot[], limit = 5): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const spec of specs) {
    const seen = new Set<string>();
    for (const finding of spec.findings ?? []) {
      const count = counts.get(finding.code) ?? { code: finding.code, findings: 0, specs: 0 };
      count.findings += 1;
      if (!seen.has(finding.code)) count.specs += 1;
      seen.add(finding.code);
      counts.set(finding.code, count);
    }
  }
  return [...counts.values()].sort((a, b) => b.findings - a.findings || a.code.localeCompare(b.code)).slice(0, limit);
}
