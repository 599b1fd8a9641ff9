// Test helper: puts a schema at one site of a one-operation API (request body, response body,
// query or header parameter, response header), loads base and head through the real loader and
// returns what compareSchema reports there.
import { stringify } from 'yaml';
import type { CheckId } from '../../../src/diff/catalog.js';
import { checkFamilies } from '../../../src/diff/families.js';
import type { ReportedChange } from '../../../src/diff/report.js';
import { compareSchema } from '../../../src/diff/schema/compare-schema.js';
import type { SchemaSite } from '../../../src/diff/schema/schema-site.js';
import type { LoadedSpec } from '../../../src/specs/loaded-spec.js';
import { loadSpec } from '../../../src/specs/load-spec.js';
import { memorySource } from '../../../src/specs/memory-source.js';
import { rootNode } from '../../../src/specs/resolve-node.js';

export type Where = 'request' | 'response' | 'query' | 'header' | 'response-header';

export interface PairOptions {
  where?: Where;
  mediaType?: string;
  version?: '3.0' | '3.1';
  /** `components.schemas` of each side. */
  baseComponents?: Record<string, unknown>;
  headComponents?: Record<string, unknown>;
  required?: boolean;
  /** Which ids count as catalogued; default: schema ids and the few other families' ids above. */
  hasCheck?: (id: string) => id is CheckId;
  /** `breaking.flatten_allof`. */
  flattenAllOf?: boolean;
}

/** Ids of other families that the schema walk reports at parameter and header sites. */
const otherFamilyIds: readonly CheckId[] = [
  'request-parameter-type-changed', 'request-parameter-type-generalized', 'request-parameter-max-length-decreased',
  'request-parameter-max-length-increased', 'request-parameter-enum-value-added', 'request-parameter-enum-value-removed',
  'request-parameter-became-enum', 'request-parameter-default-value-changed', 'request-parameter-default-value-added',
  'request-parameter-pattern-added', 'request-parameter-pattern-generalized', 'request-parameter-became-nullable',
  'request-parameter-list-of-types-narrowed', 'request-parameter-max-items-decreased', 'request-parameter-max-items-increased', 'request-parameter-min-set',
  'request-parameter-property-type-changed', 'request-parameter-property-type-specialized',
  'request-parameter-property-type-generalized', 'request-parameter-property-enum-value-removed',
  'request-header-property-became-enum', 'request-header-property-became-required', 'new-required-request-header-property',
  'response-header-type-changed', 'response-header-type-generalized', 'response-header-type-specialized',
  'response-header-type-compatible', 'response-header-became-nullable', 'response-header-became-not-nullable',
  'request-body-wrapped-in-one-of', 'response-body-wrapped-in-one-of', 'request-property-deprecated',
  'response-property-deprecated', 'request-property-reactivated',
];

const schemaIds = checkFamilies.filter((family) => family.scope === 'schema').flatMap((family) => family.checks.map((check) => check.id));
const known = new Set<string>([...schemaIds, ...otherFamilyIds]);
const isKnown = (id: string): id is CheckId => known.has(id);

const pointers: Record<Where, (mediaType: string) => (string | number)[]> = {
  request: (mediaType) => ['paths', '/things', 'post', 'requestBody', 'content', mediaType, 'schema'],
  response: (mediaType) => ['paths', '/things', 'post', 'responses', '200', 'content', mediaType, 'schema'],
  query: () => ['paths', '/things', 'post', 'parameters', 0, 'schema'],
  header: () => ['paths', '/things', 'post', 'parameters', 0, 'schema'],
  'response-header': () => ['paths', '/things', 'post', 'responses', '200', 'headers', 'X-Rate', 'schema'],
};

function document(schema: unknown, components: Record<string, unknown> | undefined, options: PairOptions): string {
  const where = options.where ?? 'request';
  const mediaType = options.mediaType ?? 'application/json';
  const operation: Record<string, unknown> = { responses: { '200': { description: 'ok' } } };
  if (where === 'request') operation.requestBody = { content: { [mediaType]: { schema } } };
  if (where === 'response') operation.responses = { '200': { description: 'ok', content: { [mediaType]: { schema } } } };
  if (where === 'query' || where === 'header') {
    const name = where === 'query' ? 'q' : 'X-Filter';
    operation.parameters = [{ name, in: where, required: options.required ?? false, schema }];
  }
  if (where === 'response-header') operation.responses = { '200': { description: 'ok', headers: { 'X-Rate': { schema } } } };
  return stringify({
    openapi: options.version === '3.1' ? '3.1.0' : '3.0.3',
    info: { title: 'Things', version: '1.0.0' },
    paths: { '/things': { post: operation } },
    ...(components === undefined ? {} : { components: { schemas: components } }),
  });
}

async function load(text: string): Promise<LoadedSpec> {
  const spec = await loadSpec(memorySource({ 'openapi.yaml': text }), 'openapi.yaml');
  const fatal = spec.problems.filter((problem) => problem.fatal);
  if (fatal.length > 0) throw new Error(fatal.map((problem) => problem.message).join('\n'));
  return spec;
}

export function siteFor(options: PairOptions): SchemaSite {
  const where = options.where ?? 'request';
  const operation = 'POST /things';
  if (where === 'query' || where === 'header') {
    return { direction: 'request', subject: 'parameter', operation, name: where === 'query' ? 'q' : 'X-Filter', in: where, required: options.required ?? false };
  }
  if (where === 'response-header') return { direction: 'response', subject: 'header', operation, name: 'X-Rate' };
  return { direction: where, subject: 'body', operation, mediaType: options.mediaType ?? 'application/json' };
}

export async function loadPair(base: unknown, head: unknown, options: PairOptions = {}): Promise<{ base: LoadedSpec; head: LoadedSpec }> {
  return {
    base: await load(document(base, options.baseComponents, options)),
    head: await load(document(head, options.headComponents, options)),
  };
}

export async function schemaChanges(base: unknown, head: unknown, options: PairOptions = {}): Promise<ReportedChange[]> {
  const specs = await loadPair(base, head, options);
  const pointer = pointers[options.where ?? 'request'](options.mediaType ?? 'application/json');
  const changes: ReportedChange[] = [];
  compareSchema(
    { base: specs.base, head: specs.head, report: (change) => changes.push(change), hasCheck: options.hasCheck ?? isKnown, flattenAllOf: options.flattenAllOf },
    rootNode(specs.base, pointer),
    rootNode(specs.head, pointer),
    siteFor(options),
  );
  return changes;
}

/** The reported ids, sorted (duplicates kept: one per enum value, member, ...). */
export async function schemaChangeIds(base: unknown, head: unknown, options: PairOptions = {}): Promise<string[]> {
  return (await schemaChanges(base, head, options)).map((change) => change.id).sort();
}
