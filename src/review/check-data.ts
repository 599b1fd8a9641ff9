// The machine-readable summary a check run carries (hidden in its output text), so later readers —
// the weekly digest, a re-run, another replica — learn what a review found without re-running it.
import { contractFormats, type ContractFormat } from '../formats/contract-format.js';
import type { Review } from './review.js';

const marker = 'api-review-bot:data';
const pattern = new RegExp(`<!-- ${marker} (\\{.*?\\}) -->`, 's');

export interface CheckData {
  version: 1;
  verdict: Review['verdict'];
  breakingChanges: number;
  acceptedBlockers: number;
  newLintErrors: number;
  counts: Review['counts'];
  specs: { spec: string; status: string; breaking: string[]; lintErrors: number }[];
  /** Accepted blockers: who accepted them. */
  acceptances: { user: string; reason: string; url: string; fingerprints: string[]; until?: string }[];
  unacceptedFingerprints: string[];
  generatedAt: string;
  /**
   * Totals per contract format, kept whole when `specs` is shortened to fit the check run (the
   * digest's per-format counts read these). Absent in data written before formats were counted.
   */
  formats?: FormatTotals;
}

export type FormatTotals = Partial<Record<ContractFormat, { contracts: number; breakingChanges: number; lintErrors: number }>>;

export function checkDataOf(review: Review): CheckData {
  return {
    version: 1,
    verdict: review.verdict,
    breakingChanges: review.breakingChanges,
    acceptedBlockers: review.acceptedBlockers,
    newLintErrors: review.newLintErrors,
    counts: review.counts,
    specs: review.specs.map((spec) => ({
      spec: spec.spec,
      status: spec.status,
      breaking: [...new Set(spec.items.filter((item) => item.kind === 'breaking-change' && item.severity === 'blocker').map((item) => item.rule))],
      lintErrors: spec.lint.introduced.filter((finding) => finding.severity === 'error').length,
    })),
    acceptances: review.acceptances.map(({ user, reason, url, fingerprints, until }) => ({ user, reason, url, fingerprints, ...(until === undefined ? {} : { until }) })),
    unacceptedFingerprints: review.unacceptedFingerprints,
    generatedAt: review.generatedAt,
    formats: formatTotalsOf(review),
  };
}

/** A spec without a format is OpenAPI (the review names the format of the other three only). */
function formatTotalsOf(review: Review): FormatTotals {
  const totals: FormatTotals = {};
  for (const spec of review.specs) {
    const format = spec.format ?? 'openapi';
    const total = totals[format] ?? { contracts: 0, breakingChanges: 0, lintErrors: 0 };
    total.contracts += 1;
    total.breakingChanges += spec.items.filter((item) => item.kind === 'breaking-change' && item.severity === 'blocker').length;
    total.lintErrors += spec.lint.introduced.filter((finding) => finding.severity === 'error').length;
    totals[format] = total;
  }
  // Keys in the formats' order, so the line reads the same for the same review.
  return Object.fromEntries(contractFormats.filter((format) => totals[format]).map((format) => [format, totals[format]])) as FormatTotals;
}

/** The hidden line appended to a check run's output text. `--` is escaped so the comment cannot close early. */
export function formatCheckData(data: CheckData): string {
  return `<!-- ${marker} ${JSON.stringify(data).replace(/--/g, '\\u002d\\u002d')} -->`;
}

export function parseCheckData(text: string | null | undefined): CheckData | undefined {
  const match = pattern.exec(text ?? '');
  if (!match?.[1]) return undefined;
  try {
    const data = JSON.parse(match[1]) as CheckData;
    return data.version === 1 ? data : undefined;
  } catch {
    return undefined;
  }
}
