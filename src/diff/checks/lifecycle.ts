// analyze: the lifecycle family: `deprecated`, `x-sunset` and `x-stability-level` on operations and
// request parameters, judged against the repository's notice period (`breaking.deprecation_days`)
// and the review's date. Removals are judged where they happen (paths.ts, request-parameters.ts).
import { childNode } from '../../specs/resolve-node.js';
import type { SpecNode } from '../../specs/loaded-spec.js';
import { defineChecks } from '../check.js';
import { judgeNewDeprecation, noticeDays, type NewDeprecationVerdict } from '../deprecation-verdict.js';
import type { CheckFamily, DiffContext } from '../diff-context.js';
import { isDeprecated, type ParameterPair } from '../parameter-match.js';
import { rawValueText } from '../raw-value-text.js';
import type { OperationPair, OperationSide } from '../spec-match.js';
import { fieldOf } from '../spec-nodes.js';
import { isInContract, stabilityRank, type StabilityLevel } from '../stability-level.js';
import { formatDay, parseSunset, todayOf } from '../sunset-date.js';

export const lifecycleChecks = defineChecks('lifecycle', [
  {
    id: 'api-deprecated-sunset-missing',
    level: 'error',
    direction: 'none',
    description: 'An operation was deprecated without `x-sunset` while a minimum deprecation period is configured (only with `--deprecation-days-*` > 0).',
    migration: 'Plan your move off {{operation}} now: its retirement date is earlier or no longer announced.',
  },
  {
    id: 'api-deprecated-sunset-parse',
    level: 'error',
    direction: 'none',
    description: 'An operation was deprecated with an `x-sunset` value that is not an RFC 3339 date.',
    migration: 'Ask the API owner for the intended date or stability of {{operation}}; the document does not state it in a readable form.',
  },
  {
    id: 'api-invalid-stability-level',
    level: 'error',
    direction: 'none',
    description: 'An operation carries an `x-stability-level` that is not one of draft, alpha, beta, stable.',
    migration: 'Ask the API owner for the intended date or stability of {{operation}}; the document does not state it in a readable form.',
  },
  {
    id: 'api-path-sunset-parse',
    level: 'error',
    direction: 'none',
    description: 'The `x-sunset` value on a deprecated operation (removed, or whose sunset changed) is not an RFC 3339 date, so the removal cannot be judged.',
    migration: 'Ask the API owner for the intended date or stability of {{operation}}; the document does not state it in a readable form.',
  },
  {
    id: 'api-stability-decreased',
    level: 'error',
    direction: 'none',
    description: 'An operation\'s `x-stability-level` moved down (e.g. stable to beta); an operation without the extension counts as stable.',
    migration: 'Treat {{operation}} as less stable than before: pin versions and expect changes.',
  },
  {
    id: 'api-stability-increased',
    level: 'info',
    direction: 'none',
    description: 'An operation\'s `x-stability-level` moved up (e.g. beta to stable).',
    migration: 'No client change is required.',
  },
  {
    id: 'api-sunset-date-changed-too-small',
    level: 'error',
    direction: 'none',
    description: 'A deprecated operation\'s `x-sunset` was moved earlier, to a date that violates the notice period (by default: to a date in the past).',
    migration: 'Plan your move off {{operation}} now: its retirement date is earlier or no longer announced.',
  },
  {
    id: 'api-sunset-date-too-small',
    level: 'error',
    direction: 'none',
    description: 'An operation was deprecated with an `x-sunset` date closer than the configured notice period (a past date fails even with the default of 0 days).',
    migration: 'Plan your move off {{operation}} now: its retirement date is earlier or no longer announced.',
  },
  {
    id: 'endpoint-deprecated',
    level: 'info',
    direction: 'none',
    description: 'An operation was marked `deprecated: true` without an `x-sunset` date (allowed when no minimum deprecation period is configured).',
    migration: 'Move off {{operation}}; it is deprecated and may be removed.',
  },
  {
    id: 'endpoint-deprecated-with-sunset',
    level: 'info',
    direction: 'none',
    description: 'An operation was marked `deprecated: true` with an `x-sunset` date that satisfies the configured notice period.',
    migration: 'Move off {{operation}}; it is deprecated and may be removed.',
  },
  {
    id: 'endpoint-reactivated',
    level: 'info',
    direction: 'none',
    description: 'An operation that was deprecated is no longer deprecated.',
    migration: 'No client change is required.',
  },
  {
    id: 'request-parameter-deprecated',
    level: 'info',
    direction: 'request',
    description: 'A request parameter was marked `deprecated` (with or without a valid `x-sunset`; there is no separate with-sunset ID for parameters).',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-deprecated-sunset-missing',
    level: 'error',
    direction: 'request',
    description: 'A request parameter was deprecated without `x-sunset` while a minimum notice period is configured.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-reactivated',
    level: 'info',
    direction: 'request',
    description: 'A deprecated request parameter is no longer deprecated.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-sunset-date-changed-too-small',
    level: 'error',
    direction: 'request',
    description: 'A deprecated request parameter\'s `x-sunset` moved earlier, below the notice period.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-sunset-date-too-small',
    level: 'error',
    direction: 'request',
    description: 'A request parameter was deprecated with an `x-sunset` closer than the configured notice period.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-sunset-deleted',
    level: 'error',
    direction: 'request',
    description: 'A request parameter stays deprecated but its `x-sunset` was deleted.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-sunset-parse',
    level: 'error',
    direction: 'request',
    description: 'A removed deprecated request parameter carries an `x-sunset` that is not an RFC 3339 date.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-property-deprecated',
    level: 'info',
    direction: 'request',
    description: 'A request body property was marked `deprecated`.',
    migration: 'Stop using `{{name}}` in {{operation}}; it is deprecated.',
  },
  {
    id: 'request-property-deprecated-sunset-invalid',
    level: 'error',
    direction: 'request',
    description: 'A request body property was deprecated with an unparseable `x-sunset`.',
    migration: 'Stop relying on the request property `{{name}}` of {{operation}}; it is being retired or is less stable.',
  },
  {
    id: 'request-property-deprecated-sunset-missing',
    level: 'error',
    direction: 'request',
    description: 'A request body property was deprecated without `x-sunset` while a minimum notice period is configured.',
    migration: 'Stop relying on the request property `{{name}}` of {{operation}}; it is being retired or is less stable.',
  },
  {
    id: 'request-property-deprecated-with-sunset',
    level: 'info',
    direction: 'request',
    description: 'A request body property was marked `deprecated` with a valid `x-sunset` date.',
    migration: 'Stop relying on the request property `{{name}}` of {{operation}}; it is being retired or is less stable.',
  },
  {
    id: 'request-property-reactivated',
    level: 'info',
    direction: 'request',
    description: 'A deprecated request body property is no longer deprecated.',
    migration: 'No client change is required.',
  },
  {
    id: 'request-property-stability-decreased',
    level: 'error',
    direction: 'request',
    description: 'A request property\'s `x-stability-level` moved down.',
    migration: 'Stop relying on the request property `{{name}}` of {{operation}}; it is being retired or is less stable.',
  },
  {
    id: 'request-property-stability-increased',
    level: 'info',
    direction: 'request',
    description: 'A request property\'s `x-stability-level` moved up.',
    migration: 'Stop relying on the request property `{{name}}` of {{operation}}; it is being retired or is less stable.',
  },
  {
    id: 'request-property-sunset-date-too-small',
    level: 'error',
    direction: 'request',
    description: 'A request body property was deprecated with an `x-sunset` closer than the configured notice period.',
    migration: 'Stop relying on the request property `{{name}}` of {{operation}}; it is being retired or is less stable.',
  },
  {
    id: 'response-property-deprecated',
    level: 'info',
    direction: 'response',
    description: 'A response property was marked `deprecated`.',
    migration: 'Stop using `{{name}}` in {{operation}}; it is deprecated.',
  },
  {
    id: 'response-property-deprecated-sunset-invalid',
    level: 'error',
    direction: 'response',
    description: 'A response property was deprecated with an unparseable `x-sunset`.',
    migration: 'Stop relying on the response property `{{name}}` of {{operation}}; it is being retired or is less stable.',
  },
  {
    id: 'response-property-deprecated-sunset-missing',
    level: 'error',
    direction: 'response',
    description: 'A response property was deprecated without `x-sunset` while a minimum notice period is configured.',
    migration: 'Stop relying on the response property `{{name}}` of {{operation}}; it is being retired or is less stable.',
  },
  {
    id: 'response-property-deprecated-with-sunset',
    level: 'info',
    direction: 'response',
    description: 'A response property was marked `deprecated` with a valid `x-sunset` date.',
    migration: 'Stop relying on the response property `{{name}}` of {{operation}}; it is being retired or is less stable.',
  },
  {
    id: 'response-property-reactivated',
    level: 'info',
    direction: 'response',
    description: 'A deprecated response property is no longer deprecated.',
    migration: 'No client change is required.',
  },
  {
    id: 'response-property-stability-decreased',
    level: 'error',
    direction: 'response',
    description: 'A response property\'s `x-stability-level` moved down.',
    migration: 'Stop relying on the response property `{{name}}` of {{operation}}; it is being retired or is less stable.',
  },
  {
    id: 'response-property-stability-increased',
    level: 'info',
    direction: 'response',
    description: 'A response property\'s `x-stability-level` moved up.',
    migration: 'Stop relying on the response property `{{name}}` of {{operation}}; it is being retired or is less stable.',
  },
  {
    id: 'response-property-sunset-date-too-small',
    level: 'error',
    direction: 'response',
    description: 'A response property was deprecated with an `x-sunset` closer than the configured notice period.',
    migration: 'Stop relying on the response property `{{name}}` of {{operation}}; it is being retired or is less stable.',
  },
  {
    id: 'sunset-deleted',
    level: 'error',
    direction: 'none',
    description: 'An operation stays deprecated but its `x-sunset` date was deleted, withdrawing the promised notice.',
    migration: 'Plan your move off {{operation}} now: its retirement date is earlier or no longer announced.',
  },
]);

export const compareLifecycle: CheckFamily = (ctx, match) => {
  // Stability is judged before draft/alpha operations are dropped from the comparison.
  for (const pair of match.allOperationPairs) {
    reportInvalidStability(ctx, pair.base, 'base');
    reportInvalidStability(ctx, pair.head, 'head');
    compareStability(ctx, pair);
  }
  for (const operation of [...match.removedOperations, ...match.removedPaths.flatMap((path) => path.operations)]) {
    reportInvalidStability(ctx, operation, 'base');
  }
  for (const pair of match.operationPairs) {
    compareOperationDeprecation(ctx, pair);
    compareOperationSunset(ctx, pair);
    const { stability } = pair.head;
    if (!stability.ok) continue;
    for (const parameter of pair.diff.parameters().pairs) {
      compareParameterDeprecation(ctx, pair.operation, parameter, stability.level);
      compareParameterSunset(ctx, pair.operation, parameter, stability.level);
    }
  }
};

function reportInvalidStability(ctx: DiffContext, operation: OperationSide, side: 'base' | 'head'): void {
  const { stability } = operation;
  if (stability.ok) return;
  ctx.report({
    id: 'api-invalid-stability-level',
    operation: operation.label,
    node: childNode(operation.node, 'x-stability-level'),
    side,
    message: `\`x-stability-level\` ${rawValueText(stability.raw)} is not one of draft, alpha, beta, stable`,
  });
}

function compareStability(ctx: DiffContext, pair: OperationPair): void {
  const before = pair.base.stability;
  const after = pair.head.stability;
  if (!before.ok || !after.ok || before.level === after.level) return;
  // Leaving draft or alpha is not a change of contract: those levels were never promised.
  if (!isInContract(before.level)) return;
  const decreased = stabilityRank(after.level) < stabilityRank(before.level);
  ctx.report({
    id: decreased ? 'api-stability-decreased' : 'api-stability-increased',
    operation: pair.operation,
    node: childNode(pair.head.node, 'x-stability-level'),
    side: 'head',
    message: `stability level went ${decreased ? 'down' : 'up'} from \`${before.level}\` to \`${after.level}\``,
  });
}

/** oasdiff's notice period: none for draft and alpha, else the configured days for the level. */
type DeprecationOutcome = { kind: 'reactivated' } | NewDeprecationVerdict;

/** The shared reading of a deprecation flip, for operations and parameters alike. */
function deprecationOutcome(ctx: DiffContext, base: SpecNode, head: SpecNode, level: StabilityLevel): DeprecationOutcome | undefined {
  const wasDeprecated = isDeprecated(base);
  const deprecated = isDeprecated(head);
  if (wasDeprecated === deprecated) return undefined;
  if (!deprecated) return { kind: 'reactivated' };
  return judgeNewDeprecation(fieldOf(head, 'x-sunset'), ctx.now, noticeDays(ctx.deprecationDays, level));
}

function compareOperationDeprecation(ctx: DiffContext, pair: OperationPair): void {
  const { stability } = pair.head;
  const level = stability.ok ? stability.level : undefined;
  // An unreadable stability level is reported once; deprecation is not judged without it.
  if (level === undefined && isDeprecated(pair.head.node)) return;
  const outcome = deprecationOutcome(ctx, pair.base.node, pair.head.node, level ?? 'stable');
  if (!outcome) return;
  const finding = { operation: pair.operation, node: childNode(pair.head.node, 'deprecated'), side: 'head' as const };
  switch (outcome.kind) {
    case 'reactivated':
      ctx.report({ ...finding, id: 'endpoint-reactivated', message: 'the operation is no longer deprecated' });
      return;
    case 'sunset-missing':
      ctx.report({ ...finding, id: 'api-deprecated-sunset-missing', message: 'the operation was deprecated without an `x-sunset` date, but a notice period is required' });
      return;
    case 'deprecated':
      ctx.report({ ...finding, id: 'endpoint-deprecated', message: 'the operation was deprecated' });
      return;
    case 'sunset-unreadable':
      ctx.report({ ...finding, id: 'api-deprecated-sunset-parse', node: childNode(pair.head.node, 'x-sunset'), message: `the operation was deprecated with the unreadable \`x-sunset\` ${rawValueText(outcome.sunset)}` });
      return;
    case 'sunset-too-small':
      ctx.report({ ...finding, id: 'api-sunset-date-too-small', node: childNode(pair.head.node, 'x-sunset'), message: `the operation was deprecated with the sunset date ${outcome.sunset}, less than ${outcome.days} days away` });
      return;
    case 'deprecated-with-sunset':
      ctx.report({ ...finding, id: 'endpoint-deprecated-with-sunset', message: `the operation was deprecated with the sunset date ${outcome.sunset}` });
      return;
  }
}

type SunsetOutcome =
  | { kind: 'deleted' }
  | { kind: 'unreadable'; side: 'base' | 'head'; sunset: unknown }
  | { kind: 'too-small'; before: string; after: string; days: number };

/** A sunset that still applies (the element stays deprecated) was deleted or moved too early. */
function sunsetOutcome(ctx: DiffContext, base: SpecNode, head: SpecNode, level: StabilityLevel): SunsetOutcome | undefined {
  if (!isDeprecated(head)) return undefined;
  const before = fieldOf(base, 'x-sunset');
  const after = fieldOf(head, 'x-sunset');
  if (before === undefined) return undefined;
  if (after === undefined) return { kind: 'deleted' };
  if (before === after) return undefined;
  const afterDay = parseSunset(after);
  if (afterDay === undefined) return { kind: 'unreadable', side: 'head', sunset: after };
  const beforeDay = parseSunset(before);
  if (beforeDay === undefined) return { kind: 'unreadable', side: 'base', sunset: before };
  const days = noticeDays(ctx.deprecationDays, level);
  if (beforeDay > afterDay && afterDay - todayOf(ctx.now) < days) {
    return { kind: 'too-small', before: formatDay(beforeDay), after: formatDay(afterDay), days };
  }
  return undefined;
}

function compareOperationSunset(ctx: DiffContext, pair: OperationPair): void {
  const { stability } = pair.head;
  const outcome = sunsetOutcome(ctx, pair.base.node, pair.head.node, stability.ok ? stability.level : 'stable');
  if (!outcome) return;
  const operation = pair.operation;
  switch (outcome.kind) {
    case 'deleted':
      ctx.report({ id: 'sunset-deleted', operation, node: childNode(pair.base.node, 'x-sunset'), side: 'base', message: 'the operation is still deprecated, but its `x-sunset` date was deleted' });
      return;
    case 'unreadable': {
      const node = childNode(outcome.side === 'base' ? pair.base.node : pair.head.node, 'x-sunset');
      ctx.report({ id: 'api-path-sunset-parse', operation, node, side: outcome.side, message: `\`x-sunset\` ${rawValueText(outcome.sunset)} is not an RFC 3339 date` });
      return;
    }
    case 'too-small':
      if (!stability.ok) return;
      ctx.report({ id: 'api-sunset-date-changed-too-small', operation, node: childNode(pair.head.node, 'x-sunset'), side: 'head', message: `the sunset date moved from ${outcome.before} to ${outcome.after}, less than ${outcome.days} days away` });
      return;
  }
}

function compareParameterDeprecation(ctx: DiffContext, operation: string, pair: ParameterPair, level: StabilityLevel): void {
  const outcome = deprecationOutcome(ctx, pair.base.node, pair.head.node, level);
  if (!outcome) return;
  const what = `${pair.head.in} parameter \`${pair.head.name}\``;
  const finding = { operation, node: childNode(pair.head.node, 'deprecated'), side: 'head' as const };
  switch (outcome.kind) {
    case 'reactivated':
      ctx.report({ ...finding, id: 'request-parameter-reactivated', message: `${what} is no longer deprecated` });
      return;
    case 'sunset-missing':
      ctx.report({ ...finding, id: 'request-parameter-deprecated-sunset-missing', message: `${what} was deprecated without an \`x-sunset\` date, but a notice period is required` });
      return;
    case 'deprecated':
      ctx.report({ ...finding, id: 'request-parameter-deprecated', message: `${what} was deprecated` });
      return;
    case 'sunset-unreadable':
      ctx.report({ ...finding, id: 'request-parameter-sunset-parse', node: childNode(pair.head.node, 'x-sunset'), message: `${what} was deprecated with the unreadable \`x-sunset\` ${rawValueText(outcome.sunset)}` });
      return;
    case 'sunset-too-small':
      ctx.report({ ...finding, id: 'request-parameter-sunset-date-too-small', node: childNode(pair.head.node, 'x-sunset'), message: `${what} was deprecated with the sunset date ${outcome.sunset}, less than ${outcome.days} days away` });
      return;
    case 'deprecated-with-sunset':
      // Parameters have no with-sunset id: the date goes into the message.
      ctx.report({ ...finding, id: 'request-parameter-deprecated', message: `${what} was deprecated with the sunset date ${outcome.sunset}` });
      return;
  }
}

function compareParameterSunset(ctx: DiffContext, operation: string, pair: ParameterPair, level: StabilityLevel): void {
  const outcome = sunsetOutcome(ctx, pair.base.node, pair.head.node, level);
  if (!outcome) return;
  const what = `${pair.head.in} parameter \`${pair.head.name}\``;
  switch (outcome.kind) {
    case 'deleted':
      ctx.report({ id: 'request-parameter-sunset-deleted', operation, node: childNode(pair.base.node, 'x-sunset'), side: 'base', message: `${what} is still deprecated, but its \`x-sunset\` date was deleted` });
      return;
    case 'unreadable': {
      const node = childNode(outcome.side === 'base' ? pair.base.node : pair.head.node, 'x-sunset');
      ctx.report({ id: 'request-parameter-sunset-parse', operation, node, side: outcome.side, message: `the \`x-sunset\` ${rawValueText(outcome.sunset)} of ${what} is not an RFC 3339 date` });
      return;
    }
    case 'too-small':
      ctx.report({ id: 'request-parameter-sunset-date-changed-too-small', operation, node: childNode(pair.head.node, 'x-sunset'), side: 'head', message: `the sunset date of ${what} moved from ${outcome.before} to ${outcome.after}, less than ${outcome.days} days away` });
      return;
  }
}
