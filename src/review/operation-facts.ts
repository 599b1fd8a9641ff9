// assess: what a new or changed operation already does, read from the head document, so the
// checklist can tick what is done instead of asking for it.
import type { LoadedSpec, SpecNode } from '../specs/loaded-spec.js';
import { childNode, resolveNode, rootNode } from '../specs/resolve-node.js';
import { isJsonObject } from '../specs/json-object.js';
import { operationHasExamples } from '../specs/operation-examples.js';
import { parseOperationName } from '../specs/operation-name.js';
// The same reading of deprecation prose as api-deprecated-sunset, so checklist and lint agree.
import { NAMES_REPLACEMENT, NAMES_SUNSET } from '../lint/index.js';

export interface OperationFacts {
  operation: string;
  method: string;
  path: string;
  hasErrorResponses: boolean;
  hasSecurity: boolean;
  hasExamples: boolean;
  isCollectionGet: boolean;
  hasPagination: boolean;
  isCreate: boolean;
  hasIdempotencyKey: boolean;
  deprecated: boolean;
  /** `x-sunset`, or a `Sunset` response header (RFC 8594). */
  hasSunset: boolean;
  /** `x-replaced-by`, a `Link` response header (rel="successor-version"), or a description naming it. */
  hasReplacement: boolean;
  /** What the operation names as its replacement, as the migration plan may quote it. */
  replacement?: string;
  /** The sunset date (`YYYY-MM-DD`) from `x-sunset` or the description, when one is given. */
  sunset?: string;
}


const paginationNames = new Set(['limit', 'page', 'page_size', 'pagesize', 'per_page', 'perpage', 'cursor', 'offset', 'page_token', 'pagetoken', 'after', 'before', 'starting_after', 'next']);

export function operationFacts(spec: LoadedSpec, operation: string): OperationFacts | undefined {
  const { method: methodUpper, path } = parseOperationName(operation);
  const method = methodUpper.toLowerCase();
  const pathItem = resolveNode(spec, rootNode(spec, ['paths', path]));
  const node = resolveNode(spec, childNode(pathItem, method));
  if (!isJsonObject(node.value)) return undefined;
  const op = node.value;
  const parameters = [...parameterList(spec, childNode(pathItem, 'parameters')), ...parameterList(spec, childNode(node, 'parameters'))];
  const responseCodes = isJsonObject(op.responses) ? Object.keys(op.responses) : [];
  const headers = responseHeaderNames(spec, childNode(node, 'responses'));
  const description = typeof op.description === 'string' ? op.description : '';
  const globalSecurity = spec.document.security;
  const security = op.security ?? globalSecurity;
  return {
    operation,
    method: methodUpper,
    path,
    hasErrorResponses: responseCodes.some((code) => /^[45]/.test(code) || code === 'default'),
    hasSecurity: Array.isArray(security) && security.length > 0,
    hasExamples: operationHasExamples(spec, node, pathItem),
    isCollectionGet: method === 'get' && !/\}\/?$/.test(path),
    hasPagination: parameters.some((parameter) => paginationNames.has(String(parameter.name).toLowerCase())),
    isCreate: method === 'post',
    hasIdempotencyKey: parameters.some((parameter) => String(parameter.name).toLowerCase() === 'idempotency-key'),
    deprecated: op.deprecated === true,
    hasSunset: typeof op['x-sunset'] === 'string' || op['x-sunset'] instanceof Date || headers.has('sunset') || NAMES_SUNSET.test(description),
    hasReplacement: op['x-replaced-by'] !== undefined || headers.has('link') || NAMES_REPLACEMENT.test(description),
    ...optional('replacement', namedReplacement(op['x-replaced-by'], headers, description)),
    ...optional('sunset', sunsetDate(op['x-sunset'], description)),
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

/** The replacement as words a consumer can act on; spec text is quoted, short and without backticks. */
function namedReplacement(replacedBy: unknown, headers: ReadonlySet<string>, description: string): string | undefined {
  if (typeof replacedBy === 'string' && replacedBy.trim() !== '') return `\`${replacedBy.replace(/`/g, '').trim().slice(0, 120)}\``;
  if (headers.has('link')) return 'the successor its `Link` header names';
  if (NAMES_REPLACEMENT.test(description)) return 'the replacement its description names';
  return undefined;
}

function sunsetDate(sunset: unknown, description: string): string | undefined {
  if (sunset instanceof Date && !Number.isNaN(sunset.getTime())) return sunset.toISOString().slice(0, 10);
  const text = typeof sunset === 'string' ? sunset : NAMES_SUNSET.test(description) ? description : '';
  return /\b\d{4}-\d{2}-\d{2}\b/.exec(text)?.[0];
}

/** Header names (lowercased) the responses of an operation declare. */
function responseHeaderNames(spec: LoadedSpec, responses: SpecNode): Set<string> {
  const names = new Set<string>();
  if (!isJsonObject(responses.value)) return names;
  for (const code of Object.keys(responses.value)) {
    const response = resolveNode(spec, childNode(responses, code)).value;
    if (isJsonObject(response) && isJsonObject(response.headers)) for (const name of Object.keys(response.headers)) names.add(name.toLowerCase());
  }
  return names;
}

function parameterList(spec: LoadedSpec, node: SpecNode): Record<string, unknown>[] {
  if (!Array.isArray(node.value)) return [];
  return node.value
    .map((_, index) => resolveNode(spec, childNode(node, index)).value)
    .filter(isJsonObject);
}
