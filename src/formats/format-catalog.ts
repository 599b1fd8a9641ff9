// analyze: the checks of the AsyncAPI, GraphQL and Protobuf engines as one list, beside the
// OpenAPI catalog, so `explain`, docs/rules.md and the migration plan know every id a review shows.
import type { CheckMeta } from '../diff/check.js';
import { asyncapiChecks } from './asyncapi/asyncapi-checks.js';
import { graphqlChecks } from './graphql/graphql-checks.js';
import { protobufChecks } from './protobuf/protobuf-checks.js';

export const formatCatalog: readonly CheckMeta[] = [...asyncapiChecks, ...graphqlChecks, ...protobufChecks];

const byId = new Map(formatCatalog.map((check) => [check.id, check]));

export function findFormatCheck(id: string): CheckMeta | undefined {
  return byId.get(id);
}
