// analyze: the request-body family: a body added, removed, made required or optional, and its
// media types. The schema of each media type present on both sides goes to the schema comparator.
import { childNode } from '../../specs/resolve-node.js';
import { defineChecks } from '../check.js';
import type { CheckFamily, DiffContext } from '../diff-context.js';
import type { OperationPair } from '../spec-match.js';
import { childOf, fieldOf, hasValue, isObject } from '../spec-nodes.js';

export const requestBodyChecks = defineChecks('request-body', [
  {
    id: 'request-body-added-optional',
    level: 'info',
    direction: 'request',
    description: 'An operation that had no request body now accepts an optional one.',
    migration: 'Check the request bodies you send to {{operation}} against the new schema.',
  },
  {
    id: 'request-body-added-required',
    level: 'error',
    direction: 'request',
    description: 'An operation that had no request body now requires one.',
    migration: 'Send a request body on every call to {{operation}}.',
  },
  {
    id: 'request-body-became-optional',
    level: 'info',
    direction: 'request',
    description: 'A required request body became optional.',
    migration: 'Check the request bodies you send to {{operation}} against the new schema.',
  },
  {
    id: 'request-body-became-required',
    level: 'error',
    direction: 'request',
    description: 'An optional request body became `required: true`.',
    migration: 'Send a request body on every call to {{operation}}.',
  },
  {
    id: 'request-body-media-type-added',
    level: 'info',
    direction: 'request',
    description: 'The request body accepts an additional media type.',
    migration: 'Check the request bodies you send to {{operation}} against the new schema.',
  },
  {
    id: 'request-body-media-type-removed',
    level: 'error',
    direction: 'request',
    description: 'The request body no longer accepts one of its media types, so clients using it will be refused.',
    migration: 'Send the request body of {{operation}} in one of the media types it still accepts.',
  },
  {
    id: 'request-body-media-type-schema-added',
    level: 'error',
    direction: 'request',
    description: 'A request media type that had no schema now has one, so payloads are now constrained.',
    migration: 'Check the request bodies you send to {{operation}} against the new schema.',
  },
  {
    id: 'request-body-media-type-schema-removed',
    level: 'info',
    direction: 'request',
    description: 'A request media type lost its schema, so any payload is now accepted.',
    migration: 'Check the request bodies you send to {{operation}} against the new schema.',
  },
  {
    id: 'request-body-removed',
    level: 'error',
    direction: 'request',
    description: 'The request body of an operation was removed, so clients that send one no longer match the contract.',
    migration: 'Stop sending a request body to {{operation}}.',
  },
  {
    id: 'request-body-wrapped-in-one-of',
    level: 'error',
    direction: 'request',
    description: 'The request body changed from a concrete object into a `oneOf` of alternatives; payloads that match several alternatives are now invalid.',
    migration: 'Check the request bodies you send to {{operation}} against the new schema.',
  },
]);

export const compareRequestBodies: CheckFamily = (ctx, match) => {
  for (const pair of match.operationPairs) compareRequestBody(ctx, pair);
};

function compareRequestBody(ctx: DiffContext, pair: OperationPair): void {
  const body = pair.diff.requestBody();
  const { base, head } = body;
  const operation = pair.operation;
  if (!isObject(base.value) && !isObject(head.value)) return;
  if (!isObject(base.value)) {
    const required = fieldOf(head, 'required') === true;
    ctx.report({
      id: required ? 'request-body-added-required' : 'request-body-added-optional',
      operation,
      node: head,
      side: 'head',
      message: `${required ? 'a required' : 'an optional'} request body was added`,
    });
    return;
  }
  if (!isObject(head.value)) {
    ctx.report({ id: 'request-body-removed', operation, node: base, side: 'base', message: 'the request body was removed' });
    return;
  }
  const wasRequired = fieldOf(base, 'required') === true;
  const required = fieldOf(head, 'required') === true;
  if (wasRequired !== required) {
    ctx.report({
      id: required ? 'request-body-became-required' : 'request-body-became-optional',
      operation,
      node: childNode(head, 'required'),
      side: 'head',
      message: `the request body became ${required ? 'required' : 'optional'}`,
    });
  }
  const media = body.media();
  for (const removed of media.removed) {
    ctx.report({ id: 'request-body-media-type-removed', operation, node: removed.node, side: 'base', message: `request media type \`${removed.name}\` was removed` });
  }
  for (const added of media.added) {
    ctx.report({ id: 'request-body-media-type-added', operation, node: added.node, side: 'head', message: `request media type \`${added.name}\` was added` });
  }
  for (const both of media.pairs) {
    const baseSchema = childOf(ctx.base, both.base.node, 'schema');
    const headSchema = childOf(ctx.head, both.head.node, 'schema');
    if (hasValue(baseSchema) && hasValue(headSchema)) {
      const site = { direction: 'request', subject: 'body', operation, mediaType: both.head.name, stability: pair.head.stability } as const;
      ctx.compareSchema(baseSchema, headSchema, site);
    } else if (hasValue(headSchema)) {
      ctx.report({ id: 'request-body-media-type-schema-added', operation, node: childNode(both.head.node, 'schema'), side: 'head', message: `request media type \`${both.head.name}\` now has a schema` });
    } else if (hasValue(baseSchema)) {
      ctx.report({ id: 'request-body-media-type-schema-removed', operation, node: childNode(both.base.node, 'schema'), side: 'base', message: `request media type \`${both.base.name}\` lost its schema` });
    }
  }
}
