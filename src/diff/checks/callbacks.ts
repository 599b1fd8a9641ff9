// analyze: callbacks, which oasdiff does not compare (our own ids). The API sends a callback's
// request to the client and the client answers it, so the schema comparator judges the request's
// bodies like responses and the answers like requests; a callback is reported once per side when
// that judgement finds a breaking change, naming the first one.
import type { SpecNode } from '../../specs/loaded-spec.js';
import { defineChecks } from '../check.js';
import type { CheckFamily, DiffContext } from '../diff-context.js';
import { matchMediaTypes } from '../media-type-match.js';
import type { ReportedChange } from '../report.js';
import { matchResponses } from '../response-match.js';
import { compareSchema } from '../schema/compare-schema.js';
import type { SchemaDirection } from '../schema/schema-site.js';
import type { OperationPair } from '../spec-match.js';
import { childOf, entriesOf, isObject } from '../spec-nodes.js';
import { httpMethods } from '../../specs/http-methods.js';

export const callbackChecks = defineChecks('callbacks', [
  {
    id: 'callback-request-changed',
    level: 'error',
    direction: 'response',
    description: 'A callback request the API sends to clients changed in a way a client written for the old payload cannot read (judged like a response body).',
    migration: 'Update the handler your client exposes for the callbacks of {{operation}} to the new payload before upgrading.',
    ours: true,
  },
  {
    id: 'callback-response-changed',
    level: 'error',
    direction: 'request',
    description: 'The answer the API expects from a client\'s callback handler changed so that old answers can be rejected (judged like a request body).',
    migration: 'Make the handler your client exposes for the callbacks of {{operation}} answer with the new schema.',
    ours: true,
  },
]);

export const compareCallbacks: CheckFamily = (ctx, match) => {
  for (const pair of match.operationPairs) {
    const base = new Map(entriesOf(ctx.base, childOf(ctx.base, pair.base.node, 'callbacks')));
    for (const [name, headCallback] of entriesOf(ctx.head, childOf(ctx.head, pair.head.node, 'callbacks'))) {
      const baseCallback = base.get(name);
      if (baseCallback !== undefined) compareCallback(ctx, pair, name, baseCallback, headCallback);
    }
  }
};

function compareCallback(ctx: DiffContext, pair: OperationPair, name: string, base: SpecNode, head: SpecNode): void {
  const baseExpressions = new Map(entriesOf(ctx.base, base));
  for (const [expression, headPathItem] of entriesOf(ctx.head, head)) {
    const basePathItem = baseExpressions.get(expression);
    if (basePathItem === undefined) continue;
    for (const method of httpMethods) {
      const baseOperation = childOf(ctx.base, basePathItem, method);
      const headOperation = childOf(ctx.head, headPathItem, method);
      if (!isObject(baseOperation.value) || !isObject(headOperation.value)) continue;
      const where = `callback \`${name}\` (${method.toUpperCase()} ${expression})`;
      const sent = firstBreaking(ctx, pair, 'response', bodyPairs(ctx, childOf(ctx.base, baseOperation, 'requestBody'), childOf(ctx.head, headOperation, 'requestBody')));
      if (sent !== undefined) {
        ctx.report({ id: 'callback-request-changed', operation: pair.operation, node: sent.node, side: sent.side, message: `${where}: ${sent.message}` });
      }
      const answers = matchResponses(ctx.base, baseOperation, ctx.head, headOperation).pairs.flatMap((response) => bodyPairs(ctx, response.base, response.head));
      const answered = firstBreaking(ctx, pair, 'request', answers);
      if (answered !== undefined) {
        ctx.report({ id: 'callback-response-changed', operation: pair.operation, node: answered.node, side: answered.side, message: `${where}, expected answer: ${answered.message}` });
      }
    }
  }
}

interface BodyPair {
  mediaType: string;
  base: SpecNode;
  head: SpecNode;
}

/** The schemas of the media types both sides of a `content` owner have. */
function bodyPairs(ctx: DiffContext, baseOwner: SpecNode, headOwner: SpecNode): BodyPair[] {
  const media = matchMediaTypes(ctx.base, childOf(ctx.base, baseOwner, 'content'), ctx.head, childOf(ctx.head, headOwner, 'content'));
  return media.pairs.flatMap(({ base, head }) => {
    const baseSchema = childOf(ctx.base, base.node, 'schema');
    const headSchema = childOf(ctx.head, head.node, 'schema');
    return baseSchema.value === undefined || headSchema.value === undefined ? [] : [{ mediaType: head.name, base: baseSchema, head: headSchema }];
  });
}

/** The first change the schema comparator judges breaking, in the direction the client sees it. */
function firstBreaking(ctx: DiffContext, pair: OperationPair, direction: SchemaDirection, bodies: readonly BodyPair[]): ReportedChange | undefined {
  for (const body of bodies) {
    const found: ReportedChange[] = [];
    compareSchema(
      { base: ctx.base, head: ctx.head, hasCheck: ctx.hasCheck, report: (change) => found.push(change) },
      body.base,
      body.head,
      { direction, subject: 'body', operation: pair.operation, mediaType: body.mediaType },
    );
    const breaking = found.find((change) => ctx.defaultLevel(change.id) === 'error');
    if (breaking !== undefined) return breaking;
  }
  return undefined;
}
