// digest (metrics): the week's reviews by contract format — OpenAPI, AsyncAPI, GraphQL, Protobuf —
// read from the per-format totals each review's check data carries. A review whose data predates
// those totals is listed apart rather than guessed into a format.
import { contractFormats, type ContractFormat } from '../../formats/contract-format.js';
import type { PullRequestFact } from '../digest-facts.js';
import type { Period } from '../digest-period.js';
import { reviewedWithin } from './breaking-changes.js';
import { refOf, type PullRequestRef } from './pull-request-ref.js';

export interface FormatRow {
  format: ContractFormat;
  /** Reviewed pull requests that touched at least one contract of the format. */
  pullRequests: PullRequestRef[];
  contracts: number;
  breakingChanges: number;
  lintErrors: number;
}

export interface FormatBreakdown {
  /** One row per format, every format listed (a zero is an answer too). */
  rows: FormatRow[];
  /** Reviewed pull requests whose check data has no per-format totals (written by an older version). */
  unattributed: PullRequestRef[];
}

export function formatBreakdown(pulls: readonly PullRequestFact[], period: Period): FormatBreakdown {
  const rows = new Map<ContractFormat, FormatRow>(contractFormats.map((format) => [format, { format, pullRequests: [], contracts: 0, breakingChanges: 0, lintErrors: 0 }]));
  const unattributed: PullRequestRef[] = [];
  for (const pull of reviewedWithin(pulls, period)) {
    const totals = pull.review?.data?.formats;
    if (!totals) {
      unattributed.push(refOf(pull));
      continue;
    }
    for (const format of contractFormats) {
      const total = totals[format];
      const row = rows.get(format);
      if (!total || !row) continue;
      row.pullRequests.push(refOf(pull));
      row.contracts += total.contracts;
      row.breakingChanges += total.breakingChanges;
      row.lintErrors += total.lintErrors;
    }
  }
  return { rows: [...rows.values()], unattributed };
}
