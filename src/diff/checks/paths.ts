// analyze: the paths-and-operations family: endpoints and webhooks added or removed, and an
// operation's `operationId` and tags. A removed path gives one finding per operation it had.
import { childNode } from '../../specs/resolve-node.js';
import { defineChecks } from '../check.js';
import type { CheckFamily, DiffContext } from '../diff-context.js';
import { removalVerdict } from '../removal-verdict.js';
import type { OperationPair, OperationSide } from '../spec-match.js';
import { fieldOf } from '../spec-nodes.js';
import { isInContract } from '../stability-level.js';

export const pathChecks = defineChecks('paths', [
  {
    id: 'api-operation-id-added',
    level: 'info',
    direction: 'none',
    description: 'An operation that had no `operationId` now has one.',
    migration: 'No client change is required.',
  },
  {
    id: 'api-operation-id-removed',
    level: 'info',
    direction: 'none',
    description: 'An operation lost its `operationId` or had it renamed (reported as removed-and-replaced); generated SDK method names may change.',
    migration: 'No client change is required.',
  },
  {
    id: 'api-path-removed-before-sunset',
    level: 'error',
    direction: 'none',
    description: 'A whole path disappeared while the removed operation was deprecated with an `x-sunset` date that is still in the future.',
    migration: 'Stop calling {{operation}} before the provider ships this version; move to the replacement the provider names, or ask for one.',
  },
  {
    id: 'api-path-removed-with-deprecation',
    level: 'info',
    direction: 'none',
    description: 'A whole path disappeared, but the removed operation was already `deprecated` and had no `x-sunset` (or its `x-sunset` date had passed), so removal is allowed.',
    migration: 'Move off {{operation}}; it is deprecated and may be removed.',
  },
  {
    id: 'api-path-removed-without-deprecation',
    level: 'error',
    direction: 'none',
    description: 'A whole path disappeared and the removed operation had not been marked `deprecated` first (one finding per operation of the path).',
    migration: 'Stop calling {{operation}} before the provider ships this version; move to the replacement the provider names, or ask for one.',
  },
  {
    id: 'api-removed-before-sunset',
    level: 'error',
    direction: 'none',
    description: 'One operation was removed although its `x-sunset` date has not been reached yet.',
    migration: 'Stop calling {{operation}} before the provider ships this version; move to the replacement the provider names, or ask for one.',
  },
  {
    id: 'api-removed-with-deprecation',
    level: 'info',
    direction: 'none',
    description: 'One operation was removed after having been `deprecated` with no `x-sunset`, or after its `x-sunset` date; allowed.',
    migration: 'Move off {{operation}}; it is deprecated and may be removed.',
  },
  {
    id: 'api-removed-without-deprecation',
    level: 'error',
    direction: 'none',
    description: 'One operation was removed from a path that still exists, without having been marked `deprecated` first.',
    migration: 'Stop calling {{operation}} before the provider ships this version; move to the replacement the provider names, or ask for one.',
  },
  {
    id: 'api-tag-added',
    level: 'info',
    direction: 'none',
    description: 'A tag was added to an operation.',
    migration: 'No client change is required.',
  },
  {
    id: 'api-tag-removed',
    level: 'info',
    direction: 'none',
    description: 'A tag was removed from an operation.',
    migration: 'No client change is required.',
  },
  {
    id: 'endpoint-added',
    level: 'info',
    direction: 'none',
    description: 'A new operation (method + path) appeared; nothing existing changes.',
    migration: 'No client change is required.',
  },
  {
    id: 'webhook-added',
    level: 'info',
    direction: 'none',
    description: 'A new entry appeared under the 3.1 `webhooks` section.',
    migration: 'No client change is required.',
  },
  {
    id: 'webhook-removed',
    level: 'error',
    direction: 'none',
    description: 'An entry under the 3.1 `webhooks` section was removed, so subscribers stop receiving those callbacks.',
    migration: 'Stop expecting this webhook; subscribe to the webhook the provider names instead, if there is one.',
  },
]);

export const comparePaths: CheckFamily = (ctx, match) => {
  for (const path of match.addedPaths) path.operations.forEach((operation) => reportAdded(ctx, operation));
  match.addedOperations.forEach((operation) => reportAdded(ctx, operation));
  for (const path of match.removedPaths) path.operations.forEach((operation) => reportRemoved(ctx, operation, true));
  match.removedOperations.forEach((operation) => reportRemoved(ctx, operation, false));
  for (const webhook of match.addedWebhooks) {
    ctx.report({ id: 'webhook-added', operation: null, node: webhook.node, side: 'head', message: `webhook \`${webhook.name}\` was added` });
  }
  for (const webhook of match.removedWebhooks) {
    ctx.report({ id: 'webhook-removed', operation: null, node: webhook.node, side: 'base', message: `webhook \`${webhook.name}\` was removed` });
  }
  for (const pair of match.operationPairs) {
    compareOperationId(ctx, pair);
    compareTags(ctx, pair);
  }
};

function reportAdded(ctx: DiffContext, operation: OperationSide): void {
  ctx.report({ id: 'endpoint-added', operation: operation.label, node: operation.node, side: 'head', message: `endpoint ${operation.label} was added` });
}

function reportRemoved(ctx: DiffContext, operation: OperationSide, wholePath: boolean): void {
  // Draft and alpha operations may disappear freely; an unreadable level is reported by lifecycle.ts.
  const { stability } = operation;
  if (!stability.ok || !isInContract(stability.level)) return;
  const prefix = wholePath ? 'api-path-removed' : 'api-removed';
  const what = wholePath ? `path \`${operation.template}\` (and its operation ${operation.label})` : `operation ${operation.label}`;
  const verdict = removalVerdict(operation.node, ctx.now);
  const finding = { operation: operation.label, node: operation.node, side: 'base' as const };
  switch (verdict.kind) {
    case 'without-deprecation':
      ctx.report({ ...finding, id: `${prefix}-without-deprecation`, message: `${what} was removed without being deprecated first` });
      return;
    case 'with-deprecation':
      ctx.report({ ...finding, id: `${prefix}-with-deprecation`, message: `deprecated ${what} was removed` });
      return;
    case 'sunset-unreadable':
      ctx.report({ ...finding, id: 'api-path-sunset-parse', message: `${what} was removed, but its \`x-sunset\` ${JSON.stringify(verdict.sunset)} is not an RFC 3339 date` });
      return;
    case 'before-sunset':
      ctx.report({ ...finding, id: `${prefix}-before-sunset`, message: `${what} was removed before its sunset date ${verdict.sunset}` });
      return;
    case 'after-sunset':
      // oasdiff says nothing here; a removal that silently vanishes from the review is worse than
      // an info line that says the announced sunset was kept.
      ctx.report({ ...finding, id: `${prefix}-with-deprecation`, message: `deprecated ${what} was removed after its sunset date ${verdict.sunset}` });
      return;
  }
}

function compareOperationId(ctx: DiffContext, pair: OperationPair): void {
  const before = fieldOf(pair.base.node, 'operationId');
  const after = fieldOf(pair.head.node, 'operationId');
  if (before === after) return;
  // oasdiff calls any change of a non-empty operationId a removal (the old name is gone).
  if (typeof before !== 'string' || before === '') {
    if (typeof after !== 'string' || after === '') return;
    ctx.report({
      id: 'api-operation-id-added',
      operation: pair.operation,
      node: childNode(pair.head.node, 'operationId'),
      side: 'head',
      message: `operationId \`${after}\` was added`,
    });
    return;
  }
  const replacement = typeof after === 'string' && after !== '' ? `, replaced by \`${after}\`` : '';
  ctx.report({
    id: 'api-operation-id-removed',
    operation: pair.operation,
    node: childNode(pair.base.node, 'operationId'),
    side: 'base',
    message: `operationId \`${before}\` was removed${replacement}`,
  });
}

function compareTags(ctx: DiffContext, pair: OperationPair): void {
  const before = tagsOf(pair.base.node.value);
  const after = tagsOf(pair.head.node.value);
  before.forEach((tag, index) => {
    if (after.includes(tag)) return;
    ctx.report({
      id: 'api-tag-removed',
      operation: pair.operation,
      node: childNode(childNode(pair.base.node, 'tags'), index),
      side: 'base',
      message: `tag \`${tag}\` was removed`,
    });
  });
  after.forEach((tag, index) => {
    if (before.includes(tag)) return;
    ctx.report({
      id: 'api-tag-added',
      operation: pair.operation,
      node: childNode(childNode(pair.head.node, 'tags'), index),
      side: 'head',
      message: `tag \`${tag}\` was added`,
    });
  });
}

function tagsOf(operation: unknown): string[] {
  const tags = typeof operation === 'object' && operation !== null ? (operation as { tags?: unknown }).tags : undefined;
  return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [];
}
