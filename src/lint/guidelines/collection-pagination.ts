// analyze: collection GETs are paginated with a bounded page size and a cursor (or page/offset).
// Whether a GET returns a collection is read from its success response — a JSON array, or an
// object whose page array is `items`, `data`, `results`… or named after the resource — which
// takes following `$ref`s and `allOf` through the document.
import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { isJsonObject, type JsonObject } from '../../specs/json-object.js';
import { operationsOf, pathSegments, resolveObject, responsesOf, type Located, type Operation } from './api-document.js';

const PAGE_ARRAY_NAMES = new Set(['items', 'data', 'results', 'records', 'entries', 'elements', 'content', 'values', 'list', 'rows', 'hits', 'edges', 'nodes', 'collection', 'page']);
const PAGE_SIZE_NAMES = new Set(['limit', 'pagesize', 'page_size', 'perpage', 'per_page', 'size', 'page[size]', 'page[limit]', 'maxresults', 'max_results', 'maxitems', 'max_items', 'pagelimit', 'page_limit', 'take', 'first', 'last', 'top', '$top', 'count']);
const POSITION_NAMES = new Set([
  'cursor', 'pagetoken', 'page_token', 'nextpagetoken', 'next_page_token', 'startingafter', 'starting_after', 'endingbefore', 'ending_before',
  'after', 'before', 'next', 'continuation', 'continuationtoken', 'continuation_token', 'marker', 'page', 'pagenumber', 'page_number',
  'offset', 'skip', '$skip', 'start', 'startindex', 'start_index', 'since', 'nexttoken', 'next_token', 'pagecursor', 'page_cursor', 'page[cursor]', 'page[after]', 'page[before]', 'page[number]', 'page[offset]',
]);

const MAX_SCHEMA_DEPTH = 8;

/** The properties of a schema, with those of its `allOf` members (resolved). */
function propertiesOf(root: unknown, schema: JsonObject, depth = 0): Map<string, JsonObject> {
  const properties = new Map<string, JsonObject>();
  if (depth > MAX_SCHEMA_DEPTH) return properties;
  if (isJsonObject(schema.properties)) {
    for (const [name, value] of Object.entries(schema.properties)) {
      const found = resolveObject(root, value, []);
      if (found) properties.set(name, found.value);
    }
  }
  if (Array.isArray(schema.allOf)) {
    for (const member of schema.allOf) {
      const found = resolveObject(root, member, []);
      if (found) for (const [name, value] of propertiesOf(root, found.value, depth + 1)) properties.set(name, value);
    }
  }
  return properties;
}

function isArraySchema(schema: JsonObject): boolean {
  if (schema.type === undefined) return schema.items !== undefined;
  return schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array'));
}

/** A JSON-like body schema of the first success response, resolved. */
function successSchema(root: unknown, responses: Map<string, Located>): JsonObject | undefined {
  const code = ['200', '206', '2XX', '2xx'].find((candidate) => responses.has(candidate));
  const response = code === undefined ? undefined : responses.get(code);
  if (response === undefined) return undefined;
  if (isJsonObject(response.value.schema)) return resolveObject(root, response.value.schema, [])?.value; // Swagger 2.0
  if (!isJsonObject(response.value.content)) return undefined;
  const media = Object.entries(response.value.content).find(([type]) => /json|\*\/\*/i.test(type))?.[1];
  return isJsonObject(media) && media.schema !== undefined ? resolveObject(root, media.schema, [])?.value : undefined;
}

function normalized(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, '');
}

export function isCollectionGet(root: unknown, operation: Operation): boolean {
  if (operation.method !== 'get') return false;
  const schema = successSchema(root, responsesOf(root, operation));
  if (schema === undefined) return false;
  if (isArraySchema(schema)) return true;
  // An envelope only on a path that names a collection: `/orders/{id}` may well hold `items`.
  const last = pathSegments(operation.template).at(-1);
  if (last === undefined || !last.literal) return false;
  const resource = normalized(last.text);
  return [...propertiesOf(root, schema)].some(([name, value]) => isArraySchema(value) && (PAGE_ARRAY_NAMES.has(name.toLowerCase()) || normalized(name) === resource));
}

function queryParameters(operation: Operation): Located[] {
  return operation.parameters.filter((parameter) => parameter.value.in === 'query' && typeof parameter.value.name === 'string');
}

function maximumOf(root: unknown, parameter: JsonObject): unknown {
  const schema = isJsonObject(parameter.schema) ? resolveObject(root, parameter.schema, [])?.value : parameter; // Swagger 2.0 keeps it on the parameter
  return schema?.maximum ?? schema?.exclusiveMaximum;
}

export function paginationFindings(root: unknown): IFunctionResult[] {
  return operationsOf(root).flatMap((operation): IFunctionResult[] => {
    if (!isCollectionGet(root, operation)) return [];
    const query = queryParameters(operation);
    const size = query.find((parameter) => PAGE_SIZE_NAMES.has(String(parameter.value.name).toLowerCase()));
    const position = query.find((parameter) => POSITION_NAMES.has(String(parameter.value.name).toLowerCase()));
    const where = `GET ${operation.template}`;
    if (size === undefined && position === undefined) {
      return [{ message: `Collection ${where} must be paginated: accept a bounded page size (limit with a maximum) and a cursor (or page/offset)`, path: operation.path }];
    }
    const findings: IFunctionResult[] = [];
    if (size === undefined) findings.push({ message: `Collection ${where} accepts a cursor but no page size: add a limit with a maximum`, path: operation.path });
    else if (maximumOf(root, size.value) === undefined) findings.push({ message: `Collection ${where}: the page size "${String(size.value.name)}" must have a maximum`, path: size.path });
    if (position === undefined) findings.push({ message: `Collection ${where} accepts a page size but no cursor, page or offset to reach the next page`, path: operation.path });
    return findings;
  });
}

export const apiCollectionPagination = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function apiCollectionPagination(document) {
    return paginationFindings(document);
  },
);
