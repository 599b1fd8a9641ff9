// digest (metrics): documentation completeness of each spec on the default branch — the share of
// operations with a summary, a description, documented error responses and examples, and the
// share with all four.
import type { OperationRecord, SpecSnapshot } from '../digest-facts.js';

export interface DocumentationCompleteness {
  repo: string;
  spec: string;
  url: string;
  operations: number;
  /** Shares in [0, 1]; `null` for a spec without operations. */
  summary: number | null;
  description: number | null;
  errorResponses: number | null;
  examples: number | null;
  complete: number | null;
}

export function documentationCompleteness(specs: readonly SpecSnapshot[]): DocumentationCompleteness[] {
  return specs.map((spec) => {
    const share = (test: (record: OperationRecord) => boolean): number | null =>
      spec.operations.length === 0 ? null : spec.operations.filter(test).length / spec.operations.length;
    return {
      repo: spec.repo,
      spec: spec.path,
      url: spec.url,
      operations: spec.operations.length,
      summary: share((record) => record.hasSummary),
      description: share((record) => record.hasDescription),
      errorResponses: share((record) => record.hasErrorResponses),
      examples: share((record) => record.hasExamples),
      complete: share((record) => record.hasSummary && record.hasDescription && record.hasErrorResponses && record.hasExamples),
    };
  });
}
