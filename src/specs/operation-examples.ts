// parse: whether an operation shows its clients an example — one definition for the review's
// checklist ("add request/response examples") and the digest's documentation completeness, so
// the same operation never counts as documented in one and undocumented in the other. `$ref`s
// are followed lazily, as in the diff engine.
import { isJsonObject } from './json-object.js';
import type { LoadedSpec, SpecNode } from './loaded-spec.js';
import { childNode, resolveNode } from './resolve-node.js';

/**
 * An `example` or `examples` anywhere a client reads one: a parameter (of the operation or its
 * path item), the request body or a response — on the media type or on its top-level schema.
 */
export function operationHasExamples(spec: LoadedSpec, operation: SpecNode, pathItem: SpecNode): boolean {
  const parameters = [...listItems(spec, childNode(pathItem, 'parameters')), ...listItems(spec, childNode(operation, 'parameters'))];
  if (parameters.some((parameter) => carriesExample(spec, parameter))) return true;
  if (contentHasExample(spec, resolveNode(spec, childNode(operation, 'requestBody')))) return true;
  const responses = resolveNode(spec, childNode(operation, 'responses'));
  if (!isJsonObject(responses.value)) return false;
  return Object.keys(responses.value).some((code) => contentHasExample(spec, resolveNode(spec, childNode(responses, code))));
}

function contentHasExample(spec: LoadedSpec, holder: SpecNode): boolean {
  const content = childNode(holder, 'content');
  if (!isJsonObject(content.value)) return false;
  return Object.keys(content.value).some((mediaType) => carriesExample(spec, resolveNode(spec, childNode(content, mediaType))));
}

/** A parameter or media type object with `example`/`examples`, or whose schema has one. */
function carriesExample(spec: LoadedSpec, node: SpecNode): boolean {
  if (!isJsonObject(node.value)) return false;
  if ('example' in node.value || 'examples' in node.value) return true;
  const schema = resolveNode(spec, childNode(node, 'schema'));
  return isJsonObject(schema.value) && ('example' in schema.value || 'examples' in schema.value);
}

function listItems(spec: LoadedSpec, node: SpecNode): SpecNode[] {
  if (!Array.isArray(node.value)) return [];
  return node.value.map((_, index) => resolveNode(spec, childNode(node, index)));
}
