// digest (analyze): the operation a lint finding sits in, for "share of operations without
// findings". Only findings in the root file under `paths.<path>.<method>` are attributed; a
// finding in a shared schema or another file belongs to no single operation.
import type { LintFinding } from '../lint/lint-finding.js';
import type { SpecFinding } from './digest-facts.js';

const httpMethods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

export function toSpecFinding(finding: LintFinding, rootPath: string): SpecFinding {
  const [first, path, method] = finding.path;
  const inOperation = finding.source.file === rootPath && first === 'paths' && typeof path === 'string' && typeof method === 'string' && httpMethods.has(method);
  return {
    code: finding.code,
    severity: finding.severity,
    operation: inOperation ? `${method.toUpperCase()} ${path}` : undefined,
  };
}
