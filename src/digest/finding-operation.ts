// digest (analyze): the operation a lint finding sits in, for "share of operations without
// findings". Only findings in the root file under `paths.<path>.<method>` are attributed; a
// finding in a shared schema or another file belongs to no single operation.
import type { LintFinding } from '../lint/index.js';
import { operationAt } from '../specs/http-methods.js';
import type { SpecFinding } from './digest-facts.js';

export function toSpecFinding(finding: LintFinding, rootPath: string): SpecFinding {
  return {
    code: finding.code,
    severity: finding.severity,
    operation: finding.source.file === rootPath ? operationAt(finding.path) : undefined,
  };
}
