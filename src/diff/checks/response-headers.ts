// analyze: the response-headers family: headers of a response added, removed or made optional,
// matched case-insensitively (HTTP header names are). A header's schema goes to the schema
// comparator with a response/header site (oasdiff judges only its type and nullability).
import { childNode } from '../../specs/resolve-node.js';
import type { LoadedSpec, SpecNode } from '../../specs/loaded-spec.js';
import { defineChecks } from '../check.js';
import type { CheckFamily, DiffContext } from '../diff-context.js';
import { isRequired } from '../parameter-match.js';
import { childOf, entriesOf, isObject } from '../spec-nodes.js';

export const responseHeaderChecks = defineChecks('response-headers', [
  {
    id: 'optional-response-header-removed',
    level: 'warning',
    direction: 'response',
    description: 'An optional response header was removed; clients that read it when present lose it.',
    migration: 'Do not rely on the response header `{{name}}` of {{operation}} being present.',
  },
  {
    id: 'required-response-header-removed',
    level: 'error',
    direction: 'response',
    description: 'A response header that was documented as required was removed.',
    migration: 'Do not rely on the response header `{{name}}` of {{operation}} being present.',
  },
  {
    id: 'response-header-added',
    level: 'info',
    direction: 'response',
    description: 'A new response header was documented.',
    migration: 'Check how your client parses the response header `{{name}}` of {{operation}}.',
  },
  {
    id: 'response-header-became-not-nullable',
    level: 'info',
    direction: 'response',
    description: 'A response header can no longer be null.',
    migration: 'Check how your client parses the response header `{{name}}` of {{operation}}.',
  },
  {
    id: 'response-header-became-nullable',
    level: 'error',
    direction: 'response',
    description: 'A response header may now be null.',
    migration: 'Check how your client parses the response header `{{name}}` of {{operation}}.',
  },
  {
    id: 'response-header-became-optional',
    level: 'error',
    direction: 'response',
    description: 'A response header that was required is now optional, so clients can no longer count on it.',
    migration: 'Do not rely on the response header `{{name}}` of {{operation}} being present.',
  },
  {
    id: 'response-header-type-changed',
    level: 'error',
    direction: 'response',
    description: 'The schema type of a response header changed incompatibly.',
    migration: 'Check how your client parses the response header `{{name}}` of {{operation}}.',
  },
  {
    id: 'response-header-type-compatible',
    level: 'info',
    direction: 'response',
    description: 'The type of a response header changed, but headers are text on the wire and the new values still fit the old reading.',
    migration: 'Check how your client parses the response header `{{name}}` of {{operation}}.',
  },
  {
    id: 'response-header-type-generalized',
    level: 'error',
    direction: 'response',
    description: 'The type of a response header was widened (e.g. integer to number), so clients may receive values they cannot parse.',
    migration: 'Check how your client parses the response header `{{name}}` of {{operation}}.',
  },
  {
    id: 'response-header-type-specialized',
    level: 'info',
    direction: 'response',
    description: 'The type of a response header was narrowed (e.g. number to integer); every new value fits the old type.',
    migration: 'Check how your client parses the response header `{{name}}` of {{operation}}.',
  },
]);

export const compareResponseHeaders: CheckFamily = (ctx, match) => {
  for (const pair of match.operationPairs) {
    for (const response of pair.diff.responses().pairs) {
      compareHeaders(ctx, pair.operation, response.status, response.base, response.head);
    }
  }
};

function compareHeaders(ctx: DiffContext, operation: string, status: string, base: SpecNode, head: SpecNode): void {
  const baseHeaders = headersOf(ctx.base, base);
  const headHeaders = headersOf(ctx.head, head);
  for (const [key, baseHeader] of baseHeaders) {
    const headHeader = headHeaders.get(key);
    if (!headHeader) {
      const required = isRequired(baseHeader.node);
      ctx.report({
        id: required ? 'required-response-header-removed' : 'optional-response-header-removed',
        operation,
        node: baseHeader.node,
        side: 'base',
        message: `${required ? 'required' : 'optional'} header \`${baseHeader.name}\` was removed from the \`${status}\` response`,
      });
      continue;
    }
    if (isRequired(baseHeader.node) && !isRequired(headHeader.node)) {
      ctx.report({
        id: 'response-header-became-optional',
        operation,
        node: childNode(headHeader.node, 'required'),
        side: 'head',
        message: `header \`${headHeader.name}\` of the \`${status}\` response became optional`,
      });
    }
    const baseSchema = headerSchema(ctx.base, baseHeader.node);
    const headSchema = headerSchema(ctx.head, headHeader.node);
    if (baseSchema.value !== undefined && headSchema.value !== undefined) {
      ctx.compareSchema(baseSchema, headSchema, { direction: 'response', subject: 'header', operation, name: headHeader.name });
    }
  }
  for (const [key, headHeader] of headHeaders) {
    if (baseHeaders.has(key)) continue;
    ctx.report({
      id: 'response-header-added',
      operation,
      node: headHeader.node,
      side: 'head',
      message: `header \`${headHeader.name}\` was added to the \`${status}\` response`,
    });
  }
}

function headersOf(spec: LoadedSpec, response: SpecNode): Map<string, { name: string; node: SpecNode }> {
  const headers = new Map<string, { name: string; node: SpecNode }>();
  for (const [name, node] of entriesOf(spec, childOf(spec, response, 'headers'))) {
    if (isObject(node.value) && !headers.has(name.toLowerCase())) headers.set(name.toLowerCase(), { name, node });
  }
  return headers;
}

function headerSchema(spec: LoadedSpec, header: SpecNode): SpecNode {
  const schema = childOf(spec, header, 'schema');
  if (schema.value !== undefined) return schema;
  const content = childOf(spec, header, 'content');
  const first = isObject(content.value) ? Object.keys(content.value)[0] : undefined;
  return first === undefined ? schema : childOf(spec, childOf(spec, content, first), 'schema');
}
