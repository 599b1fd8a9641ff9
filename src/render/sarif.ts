// render: SARIF 2.1.0, so the same results can be uploaded to GitHub code scanning.
import type { Review } from '../review/review.js';
import type { JsonPath, SourceLocation } from '../specs/source-location.js';

export interface SarifResultInput {
  rule: string;
  level: 'error' | 'warning' | 'note';
  message: string;
  source: SourceLocation;
  path?: JsonPath;
}

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
          message: { text: result.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: result.source.file },
                region: { startLine: Math.max(1, result.source.line) },
              },
              ...(result.path ? { logicalLocations: [{ fullyQualifiedName: result.path.map(String).join('.') }] } : {}),
            },
          ],
        })),
      },
    ],
  };
}

export function reviewToSarif(review: Review, toolVersion: string): object {
  const level = { blocker: 'error', warning: 'warning', info: 'note' } as const;
  return toSarif(
    review.specs.flatMap((spec) =>
      spec.items.map((item) => ({ rule: item.rule, level: level[item.severity], message: item.message, source: item.source, path: item.path })),
    ),
    toolVersion,
  );
}
