// analyze: which lint findings of a contract the change introduced, which existed at the base,
// which it fixed. Matched by rule and path (a schema coordinate, a buf message), never by line or
// file name, so moved text and two local files of one contract keep their findings.
import type { ClassifiedFindings, LintFinding } from '../lint/index.js';

export function classifyContractFindings(base: readonly LintFinding[], head: readonly LintFinding[]): ClassifiedFindings {
  const keyOf = (finding: LintFinding): string => JSON.stringify([finding.code, finding.path]);
  const remaining = new Map<string, LintFinding[]>();
  for (const finding of base) remaining.set(keyOf(finding), [...(remaining.get(keyOf(finding)) ?? []), finding]);
  const introduced: LintFinding[] = [];
  const existing: LintFinding[] = [];
  for (const finding of head) {
    const matches = remaining.get(keyOf(finding));
    if (matches && matches.length > 0) {
      matches.shift();
      existing.push(finding);
    } else introduced.push(finding);
  }
  return { introduced, existing, fixed: [...remaining.values()].flat() };
}
