// analyze: the responses family: status codes added or removed, and each response's media types
// (removed, added, renamed to a more general or more specific name). The schema of each media type
// present on both sides goes to the schema comparator with a response/body site.
import { childNode } from '../../specs/resolve-node.js';
import { defineChecks } from '../check.js';
import type { CheckFamily, DiffContext } from '../diff-context.js';
import { isContainedIn, parametersDiffer, type MediaTypePair } from '../media-type-match.js';
import type { ResponseSide } from '../response-match.js';
import type { ResponsePairDiff } from '../operation-diff.js';
import type { OperationPair } from '../spec-match.js';
import { childOf, hasValue } from '../spec-nodes.js';

export const responseChecks = defineChecks('responses', [
  {
    id: 'response-body-media-type-schema-added',
    level: 'info',
    direction: 'response',
    description: 'A response media type that had no schema now documents one.',
    migration: 'Check how your client parses the response of {{operation}} against the new schema.',
  },
  {
    id: 'response-body-media-type-schema-removed',
    level: 'warning',
    direction: 'response',
    description: 'A response media type lost its schema, so clients lose the guarantee of what it contains.',
    migration: 'Check how your client parses the response of {{operation}} against the new schema.',
  },
  {
    id: 'response-body-wrapped-in-one-of',
    level: 'error',
    direction: 'response',
    description: 'The response body changed from a concrete object into a `oneOf` of alternatives, so fields that were always present may now be absent.',
    migration: 'Check how your client parses the response of {{operation}} against the new schema.',
  },
  {
    id: 'response-media-type-added',
    level: 'info',
    direction: 'response',
    description: 'A response now offers an additional media type.',
    migration: 'Accept the media types {{operation}} now returns (check your `Accept` header).',
  },
  {
    id: 'response-media-type-name-changed',
    level: 'info',
    direction: 'response',
    description: 'A response media type kept its name but its parameters (e.g. `charset`, `version`) changed.',
    migration: 'Accept the media types {{operation}} now returns (check your `Accept` header).',
  },
  {
    id: 'response-media-type-name-generalized',
    level: 'error',
    direction: 'response',
    description: 'A response media type was replaced by a more general one (e.g. `application/problem+json` to `application/json`), which clients may not accept.',
    migration: 'Accept the media types {{operation}} now returns (check your `Accept` header).',
  },
  {
    id: 'response-media-type-name-specialized',
    level: 'info',
    direction: 'response',
    description: 'A response media type was replaced by a more specific one (e.g. `application/json` to `application/problem+json`).',
    migration: 'Accept the media types {{operation}} now returns (check your `Accept` header).',
  },
  {
    id: 'response-media-type-removed',
    level: 'error',
    direction: 'response',
    description: 'A response stopped offering one of its media types, so clients that negotiate it get nothing usable.',
    migration: 'Accept the media types {{operation}} now returns (check your `Accept` header).',
  },
  {
    id: 'response-non-success-status-added',
    level: 'info',
    direction: 'response',
    description: 'A new non-2xx status code (e.g. 429) was documented for an operation.',
    migration: 'No client change is required.',
  },
  {
    id: 'response-non-success-status-removed',
    level: 'info',
    direction: 'response',
    description: 'A non-2xx status code (e.g. 404) was removed from an operation\'s documented responses.',
    migration: 'No client change is required.',
  },
  {
    id: 'response-success-status-added',
    level: 'info',
    direction: 'response',
    description: 'A new 2xx status code was documented for an operation.',
    migration: 'No client change is required.',
  },
  {
    id: 'response-success-status-removed',
    level: 'error',
    direction: 'response',
    description: 'A 2xx status code was removed from an operation\'s responses, so clients expecting it will see an undocumented status.',
    migration: 'Handle the remaining documented statuses of {{operation}}; the removed success status is no longer promised.',
  },
  {
    id: 'response-default-removed',
    // Not `error`: oasdiff's TestBreaking_ResponseUnparseableStatusRemoved holds this removal non-breaking,
    // and the server may still answer those statuses; a repository can raise it under breaking.levels.
    level: 'warning',
    direction: 'response',
    description: 'The `default` response was removed: every status it described (typically the errors) is now undocumented, so clients lose the shape they decode those responses with.',
    migration: 'Keep decoding the statuses that `default` covered for {{operation}} from the shape you have, and ask the API owners what they now return.',
    ours: true,
  },
]);

export const compareResponses: CheckFamily = (ctx, match) => {
  for (const pair of match.operationPairs) compareOperationResponses(ctx, pair);
};

function compareOperationResponses(ctx: DiffContext, pair: OperationPair): void {
  const responses = pair.diff.responses();
  for (const removed of responses.removed) reportStatus(ctx, pair.operation, removed, 'removed');
  for (const added of responses.added) reportStatus(ctx, pair.operation, added, 'added');
  for (const both of responses.pairs) compareContent(ctx, pair, both);
}

/** Numeric codes are oasdiff's; a removed `default` is ours; ranges such as `2XX` are not judged. */
function reportStatus(ctx: DiffContext, operation: string, response: ResponseSide, change: 'added' | 'removed'): void {
  if (response.status === 'default' && change === 'removed') {
    ctx.report({ id: 'response-default-removed', operation, node: response.node, side: 'base', message: 'the `default` response was removed' });
    return;
  }
  if (!/^\d+$/.test(response.status)) return;
  const code = Number(response.status);
  const kind = code >= 200 && code <= 299 ? 'success' : 'non-success';
  ctx.report({
    id: `response-${kind}-status-${change}`,
    operation,
    node: response.node,
    side: change === 'added' ? 'head' : 'base',
    message: `${kind} response status \`${response.status}\` was ${change}`,
  });
}

function compareContent(ctx: DiffContext, pair: OperationPair, response: ResponsePairDiff): void {
  const { status } = response;
  const { operation } = pair;
  const media = response.media();
  for (const removed of media.removed) {
    ctx.report({ id: 'response-media-type-removed', operation, node: removed.node, side: 'base', message: `media type \`${removed.name}\` was removed from the \`${status}\` response` });
  }
  for (const added of media.added) {
    ctx.report({ id: 'response-media-type-added', operation, node: added.node, side: 'head', message: `media type \`${added.name}\` was added to the \`${status}\` response` });
  }
  for (const both of media.pairs) {
    if (both.base.name !== both.head.name) reportRename(ctx, operation, status, both);
    const baseSchema = childOf(ctx.base, both.base.node, 'schema');
    const headSchema = childOf(ctx.head, both.head.node, 'schema');
    if (hasValue(baseSchema) && hasValue(headSchema)) {
      const site = { direction: 'response', subject: 'body', operation, mediaType: both.head.name, status, stability: pair.head.stability } as const;
      ctx.compareSchema(baseSchema, headSchema, site);
    } else if (hasValue(headSchema)) {
      ctx.report({ id: 'response-body-media-type-schema-added', operation, node: childNode(both.head.node, 'schema'), side: 'head', message: `media type \`${both.head.name}\` of the \`${status}\` response now has a schema` });
    } else if (hasValue(baseSchema)) {
      ctx.report({ id: 'response-body-media-type-schema-removed', operation, node: childNode(both.base.node, 'schema'), side: 'base', message: `media type \`${both.base.name}\` of the \`${status}\` response lost its schema` });
    }
  }
}

function reportRename(ctx: DiffContext, operation: string, status: string, pair: MediaTypePair): void {
  const id = parametersDiffer(pair.base.name, pair.head.name)
    ? 'response-media-type-name-changed'
    : isContainedIn(pair.base.name, pair.head.name)
      ? 'response-media-type-name-specialized'
      : 'response-media-type-name-generalized';
  ctx.report({
    id,
    operation,
    node: pair.head.node,
    side: 'head',
    message: `media type \`${pair.base.name}\` of the \`${status}\` response became \`${pair.head.name}\``,
  });
}
