// assess: what a new or changed operation already does, read from the head document, so the
// checklist can tick what is done instead of asking for it.
import type { LoadedSpec, SpecNode } from '../specs/loaded-spec.js';
import { childNode, resolveNode, rootNode } from '../specs/resolve-node.js';
import { isJsonObject } from '../specs/json-object.js';
import { operationHasExamples } from '../specs/operation-examples.js';
import { parseOperationName } from '../specs/operation-name.js';

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
  hasSunset: boolean;
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
    hasSunset: typeof op['x-sunset'] === 'string' || op['x-sunset'] instanceof Date,
  };
}

function parameterList(spec: LoadedSpec, node: SpecNode): Record<string, unknown>[] {
  if (!Array.isArray(node.value)) return [];
  return node.value
    .map((_, index) => resolveNode(spec, childNode(node, index)).value)
    .filter(isJsonObject);
}
