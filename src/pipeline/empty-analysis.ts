// analyze: the analysis of one spec pair before anything is found — its name, its status (added,
// deleted, modified, renamed) and empty lists. Shared by the OpenAPI pipeline and the other
// contract formats, so a pair's status is decided by one rule.
import type { SpecAnalysis } from '../review/assess-review.js';
import type { SpecStatus } from '../review/review.js';

/** One spec of the change: its path at the base and at the head (absent when added / deleted). */
export interface SpecPair {
  base?: string;
  head?: string;
  /** Set when the caller knows better than the paths (two local files are one spec, not a rename). */
  status?: SpecStatus;
  /** A GraphQL schema split over files: the other files of the schema at each revision. */
  companions?: { base: readonly string[]; head: readonly string[] };
}

export function emptyAnalysis(pair: SpecPair): SpecAnalysis {
  return {
    spec: (pair.head ?? pair.base) as string,
    status: pair.status ?? statusOf(pair),
    ...(pair.base && pair.head && pair.base !== pair.head && !pair.status ? { previousPath: pair.base } : {}),
    changes: [],
    lint: { introduced: [], existing: [], fixed: [] },
    problems: [],
    baseProblems: [],
    newOperations: [],
    newlyDeprecated: [],
    notes: [],
  };
}

function statusOf(pair: SpecPair): SpecStatus {
  if (!pair.base) return 'added';
  if (!pair.head) return 'deleted';
  return pair.base === pair.head ? 'modified' : 'renamed';
}
