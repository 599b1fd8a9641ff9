// digest (analyze): each operation of a loaded spec reduced to the facts the documentation,
// deprecation and lint metrics read. `$ref`s are followed lazily, as in the diff engine.
import type { LoadedSpec, SpecNode } from '../specs/loaded-spec.js';
import { childNode, resolveNode, rootNode } from '../specs/resolve-node.js';
import { httpMethods } from '../specs/http-methods.js';
import type { DeprecatedParameterRecord, OperationRecord } from './digest-facts.js';
import { isJsonObject } from '../specs/json-object.js';
import { operationHasExamples } from '../specs/operation-examples.js';
import { formatOperationName } from '../specs/operation-name.js';

export function describeOperations(spec: LoadedSpec): OperationRecord[] {
  const paths = resolveNode(spec, rootNode(spec, ['paths']));
  if (!isJsonObject(paths.value)) return [];
  const records: OperationRecord[] = [];
  for (const path of Object.keys(paths.value)) {
    const pathItem = resolveNode(spec, childNode(paths, path));
    if (!isJsonObject(pathItem.value)) continue;
    for (const method of httpMethods) {
      const node = resolveNode(spec, childNode(pathItem, method));
      if (isJsonObject(node.value)) records.push(describeOperation(spec, formatOperationName(method, path), node, pathItem));
    }
  }
  return records;
}

function describeOperation(spec: LoadedSpec, operation: string, node: SpecNode, pathItem: SpecNode): OperationRecord {
  const op = node.value as Record<string, unknown>;
  const responses = resolveNode(spec, childNode(node, 'responses'));
  const codes = isJsonObject(responses.value) ? Object.keys(responses.value) : [];
  return {
    operation,
    hasSummary: isText(op.summary),
    hasDescription: isText(op.description),
    hasErrorResponses: codes.some((code) => /^[45]/.test(code) || code === 'default'),
    hasExamples: operationHasExamples(spec, node, pathItem),
    deprecated: op.deprecated === true,
    sunset: sunsetOf(op),
    source: locationOf(spec, node),
    deprecatedParameters: deprecatedParameters(spec, node, pathItem),
  };
}

/** The operation's own parameters first, then the path item's it does not override (same `in` and name). */
function deprecatedParameters(spec: LoadedSpec, operation: SpecNode, pathItem: SpecNode): DeprecatedParameterRecord[] {
  const seen = new Set<string>();
  const records: DeprecatedParameterRecord[] = [];
  for (const owner of [operation, pathItem]) {
    const list = resolveNode(spec, childNode(owner, 'parameters'));
    if (!Array.isArray(list.value)) continue;
    list.value.forEach((_, index) => {
      const parameter = resolveNode(spec, childNode(list, index));
      if (!isJsonObject(parameter.value)) return;
      const { name, in: where } = parameter.value;
      if (typeof name !== 'string' || typeof where !== 'string') return;
      const key = `${where} ${name}`;
      if (seen.has(key)) return;
      seen.add(key);
      if (parameter.value.deprecated === true) records.push({ parameter: key, sunset: sunsetOf(parameter.value), source: locationOf(spec, parameter) });
    });
  }
  return records;
}

/** YAML turns an unquoted date into a Date; the calendar day is kept as written. */
function sunsetOf(value: Record<string, unknown>): string | undefined {
  const sunset = value['x-sunset'];
  return typeof sunset === 'string' ? sunset : sunset instanceof Date ? sunset.toISOString().slice(0, 10) : undefined;
}

function locationOf(spec: LoadedSpec, node: SpecNode): { file: string; line: number } {
  const { file, line } = spec.locate(node.file, node.path);
  return { file, line };
}

function isText(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}
