// render: SARIF 2.1.0, so the same results can be uploaded to GitHub code scanning.
// Each result says which version its location is in (a removal points at the base file) and
// carries a fingerprint without lines, so code scanning follows a result across pushes that only
// move text instead of closing and reopening it.
import { fingerprint } from '../review/fingerprint.js';
import { locatedInBase } from '../review/located-in-base.js';
import type { Review } from '../review/review.js';
import type { JsonPath, SourceLocation } from '../specs/source-location.js';

export interface SarifResultInput {
  rule: string;
  level: 'error' | 'warning' | 'note';
  message: string;
  source: SourceLocation;
  path?: JsonPath;
  operation?: string | null;
  /** The location is in the base version (a removal). */
  inBase?: boolean;
  /** The review's fingerprint, when the result comes from a review; computed otherwise. */
  fingerprint?: string;
  /** For a removal: the nearest place that survives in the head. */
  nearestInHead?: SourceLocation;
}

/** The key GitHub code scanning reads among `partialFingerprints`; versioned, as SARIF advises. */
const fingerprintKey = 'apiReviewFingerprint/v1';

export function toSarif(results: SarifResultInput[], toolVersion: string): object {
  const rules = [...new Set(results.map((result) => result.rule))].sort();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'api-review',
            informationUri: 'https://github.com/apps/api-review-bot',
            version: toolVersion,
            rules: rules.map((id) => ({ id, name: id })),
          },
        },
        results: results.map((result) => ({
          ruleId: result.rule,
          ruleIndex: rules.indexOf(result.rule),
          level: result.level,
          message: { text: result.inBase ? `${result.message} (in the base version)` : result.message },
          locations: [
            {
              physicalLocation: physicalLocation(result.source),
              ...(result.path ? { logicalLocations: [{ fullyQualifiedName: result.path.map(String).join('.') }] } : {}),
              properties: { side: result.inBase ? 'base' : 'head' },
            },
          ],
          ...(result.nearestInHead ? { relatedLocations: [{ id: 1, physicalLocation: physicalLocation(result.nearestInHead), message: { text: 'nearest place in the head' } }] } : {}),
          partialFingerprints: { [fingerprintKey]: result.fingerprint ?? fingerprintOf(result) },
        })),
      },
    ],
  };
}

function physicalLocation(source: SourceLocation): object {
  return {
    artifactLocation: { uri: source.file },
    region: { startLine: Math.max(1, source.line), ...(source.column !== undefined ? { startColumn: Math.max(1, source.column) } : {}) },
  };
}

function fingerprintOf(result: SarifResultInput): string {
  return fingerprint({ rule: result.rule, spec: result.source.file, operation: result.operation ?? null, path: result.path ?? [], values: [result.message] });
}

export function reviewToSarif(review: Review, toolVersion: string): object {
  const level = { blocker: 'error', warning: 'warning', info: 'note' } as const;
  return toSarif(
    review.specs.flatMap((spec) =>
      spec.items.map((item) => ({
        rule: item.rule,
        level: level[item.severity],
        message: item.message,
        source: item.source,
        path: item.path,
        operation: item.operation,
        inBase: locatedInBase(item),
        fingerprint: item.fingerprint,
        ...(item.nearestInHead ? { nearestInHead: item.nearestInHead } : {}),
      })),
    ),
    toolVersion,
  );
}
