// analyze: the request-parameters family. Presence, requiredness and removal are judged here; the
// parameter's schema (type, enum, limits, pattern, nullability, and the `default` of an optional
// parameter) goes to the schema comparator with a request/parameter site. Path-item parameters are diffed apart from
// operation parameters, as oasdiff does: only their addition is judged, once per operation.
import { childNode } from '../../specs/resolve-node.js';
import type { SpecNode } from '../../specs/loaded-spec.js';
import { defineChecks } from '../check.js';
import type { CheckFamily, DiffContext } from '../diff-context.js';
import {
  isRequired,
  matchParameters,
  parameterSchema,
  parametersOf,
  type ParameterPair,
  type ParameterSide,
} from '../parameter-match.js';
import { removalVerdict } from '../removal-verdict.js';
import { rawValueText } from '../raw-value-text.js';
import type { SchemaSite } from '../schema/schema-site.js';
import type { OperationPair, PathPair } from '../spec-match.js';
import { fieldOf, isObject } from '../spec-nodes.js';

export const requestParameterChecks = defineChecks('request-parameters', [
  {
    id: 'new-optional-request-default-parameter-to-existing-path',
    level: 'info',
    direction: 'request',
    description: 'An optional non-path parameter was added at the path-item level and now applies to every operation of that path.',
    migration: 'No client change is required.',
  },
  {
    id: 'new-optional-request-parameter',
    level: 'info',
    direction: 'request',
    description: 'An operation gained a new optional query, header or cookie parameter.',
    migration: 'No client change is required.',
  },
  {
    id: 'new-request-path-parameter',
    level: 'error',
    direction: 'request',
    description: 'An existing operation gained a new path parameter, so the URL clients build is no longer complete.',
    migration: 'Build the new URL of {{operation}} with the added path parameter `{{name}}`.',
  },
  {
    id: 'new-required-request-default-parameter-to-existing-path',
    level: 'error',
    direction: 'request',
    description: 'A required non-path parameter was added at the path-item level, so every operation of that path now demands it (one finding per operation).',
    migration: 'Send the new required parameter `{{name}}` on every call to {{operation}}.',
  },
  {
    id: 'new-required-request-header-property',
    level: 'error',
    direction: 'request',
    description: 'An object-valued request header parameter gained a new required property.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'new-required-request-parameter',
    level: 'error',
    direction: 'request',
    description: 'An operation gained a new required query, header or cookie parameter that existing clients do not send.',
    migration: 'Send the new required parameter `{{name}}` on every call to {{operation}}.',
  },
  {
    id: 'request-header-property-became-enum',
    level: 'error',
    direction: 'request',
    description: 'A property of an object-valued request header was restricted to an `enum` list.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-header-property-became-required',
    level: 'error',
    direction: 'request',
    description: 'A property of an object-valued request header became required.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-became-enum',
    level: 'error',
    direction: 'request',
    description: 'A request parameter that accepted any value of its type is now limited to an `enum` list.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-became-not-nullable',
    level: 'error',
    direction: 'request',
    description: 'A request parameter no longer accepts `null`.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-became-nullable',
    level: 'info',
    direction: 'request',
    description: 'A request parameter now accepts `null`.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-became-optional',
    level: 'info',
    direction: 'request',
    description: 'A required request parameter became optional.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-became-required',
    level: 'error',
    direction: 'request',
    description: 'An optional request parameter became required, so requests that omit it are now invalid.',
    migration: 'Send `{{name}}` on every call to {{operation}}.',
  },
  {
    id: 'request-parameter-default-value-added',
    level: 'error',
    direction: 'request',
    description: 'An optional request parameter gained a `default`, changing what omitting it means.',
    migration: 'Send `{{name}}` explicitly on calls to {{operation}} instead of relying on its default.',
  },
  {
    id: 'request-parameter-default-value-changed',
    level: 'error',
    direction: 'request',
    description: 'The `default` of an optional request parameter changed, so clients that omit it silently get different behaviour.',
    migration: 'Send `{{name}}` explicitly on calls to {{operation}} instead of relying on its default.',
  },
  {
    id: 'request-parameter-default-value-removed',
    level: 'error',
    direction: 'request',
    description: 'An optional request parameter lost its `default`, changing what omitting it means.',
    migration: 'Send `{{name}}` explicitly on calls to {{operation}} instead of relying on its default.',
  },
  {
    id: 'request-parameter-enum-value-added',
    level: 'info',
    direction: 'request',
    description: 'A request parameter gained a new `enum` value, which keeps every previously valid request valid.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-enum-value-removed',
    level: 'error',
    direction: 'request',
    description: 'A request parameter lost an `enum` value, so a request that was valid before can now be rejected.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-exclusive-max-decreased',
    level: 'error',
    direction: 'request',
    description: 'A request parameter had its `exclusiveMaximum` lowered, so a request that was valid before can now be rejected.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-exclusive-max-increased',
    level: 'info',
    direction: 'request',
    description: 'A request parameter had its `exclusiveMaximum` raised, which keeps every previously valid request valid.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-exclusive-max-set',
    level: 'warning',
    direction: 'request',
    description: 'A request parameter gained an `exclusiveMaximum` where it had none, which may reject some requests that used to pass (flagged as a possible, not certain, break).',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-exclusive-min-decreased',
    level: 'info',
    direction: 'request',
    description: 'A request parameter had its `exclusiveMinimum` lowered, which keeps every previously valid request valid.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-exclusive-min-increased',
    level: 'error',
    direction: 'request',
    description: 'A request parameter had its `exclusiveMinimum` raised, so a request that was valid before can now be rejected.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-exclusive-min-set',
    level: 'warning',
    direction: 'request',
    description: 'A request parameter gained an `exclusiveMinimum` where it had none, which may reject some requests that used to pass (flagged as a possible, not certain, break).',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-list-of-types-narrowed',
    level: 'error',
    direction: 'request',
    description: 'A request parameter expressed as a oneOf/anyOf of scalar types now allows fewer types, rejecting some old values.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-list-of-types-widened',
    level: 'info',
    direction: 'request',
    description: 'A request parameter expressed as a oneOf/anyOf of scalar types now allows more types.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-max-decreased',
    level: 'error',
    direction: 'request',
    description: 'A request parameter had its `maximum` lowered, so a request that was valid before can now be rejected.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-max-increased',
    level: 'info',
    direction: 'request',
    description: 'A request parameter had its `maximum` raised, which keeps every previously valid request valid.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-max-items-decreased',
    level: 'error',
    direction: 'request',
    description: 'A request parameter had its `maxItems` lowered, so a request that was valid before can now be rejected.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-max-items-increased',
    level: 'info',
    direction: 'request',
    description: 'A request parameter had its `maxItems` raised, which keeps every previously valid request valid.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-max-length-decreased',
    level: 'error',
    direction: 'request',
    description: 'A request parameter had its `maxLength` lowered, so a request that was valid before can now be rejected.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-max-length-increased',
    level: 'info',
    direction: 'request',
    description: 'A request parameter had its `maxLength` raised, which keeps every previously valid request valid.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-max-length-set',
    level: 'warning',
    direction: 'request',
    description: 'A request parameter gained a `maxLength` limit where it had none, which may reject some requests that used to pass (flagged as a possible, not certain, break).',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-max-set',
    level: 'warning',
    direction: 'request',
    description: 'A request parameter gained a `maximum` where it had none, which may reject some requests that used to pass (flagged as a possible, not certain, break).',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-min-decreased',
    level: 'info',
    direction: 'request',
    description: 'A request parameter had its `minimum` lowered, which keeps every previously valid request valid.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-min-increased',
    level: 'error',
    direction: 'request',
    description: 'A request parameter had its `minimum` raised, so a request that was valid before can now be rejected.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-min-items-decreased',
    level: 'info',
    direction: 'request',
    description: 'A request parameter had its `minItems` lowered, which keeps every previously valid request valid.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-min-items-increased',
    level: 'error',
    direction: 'request',
    description: 'A request parameter had its `minItems` raised, so a request that was valid before can now be rejected.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-min-items-set',
    level: 'warning',
    direction: 'request',
    description: 'A request parameter gained a `minItems` limit where it had none, which may reject some requests that used to pass (flagged as a possible, not certain, break).',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-min-length-decreased',
    level: 'info',
    direction: 'request',
    description: 'A request parameter had its `minLength` lowered, which keeps every previously valid request valid.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-min-length-increased',
    level: 'error',
    direction: 'request',
    description: 'A request parameter had its `minLength` raised, so a request that was valid before can now be rejected.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-min-set',
    level: 'warning',
    direction: 'request',
    description: 'A request parameter gained a `minimum` where it had none, which may reject some requests that used to pass (flagged as a possible, not certain, break).',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-pattern-added',
    level: 'error',
    direction: 'request',
    description: 'A request parameter gained a `pattern` where it had none, so a request that was valid before can now be rejected.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-pattern-changed',
    level: 'warning',
    direction: 'request',
    description: 'A request parameter had its `pattern` replaced by a different one, which may reject some requests that used to pass (flagged as a possible, not certain, break).',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-pattern-generalized',
    level: 'info',
    direction: 'request',
    description: 'A request parameter had its `pattern` replaced by the match-anything `.*`, which keeps every previously valid request valid.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-pattern-removed',
    level: 'info',
    direction: 'request',
    description: 'A request parameter lost its `pattern`, which keeps every previously valid request valid.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-property-became-not-nullable',
    level: 'error',
    direction: 'request',
    description: 'A property of an object-valued request parameter no longer accepts `null`.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-property-became-nullable',
    level: 'info',
    direction: 'request',
    description: 'A property of an object-valued request parameter now accepts `null`.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-property-enum-value-added',
    level: 'info',
    direction: 'request',
    description: 'A property inside an object-valued request parameter gained a new `enum` value, which keeps every previously valid request valid.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-property-enum-value-removed',
    level: 'error',
    direction: 'request',
    description: 'A property inside an object-valued request parameter lost an `enum` value, so a request that was valid before can now be rejected.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-property-list-of-types-narrowed',
    level: 'error',
    direction: 'request',
    description: 'A property of an object-valued parameter, expressed as a oneOf/anyOf of scalar types, now allows fewer types.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-property-list-of-types-widened',
    level: 'info',
    direction: 'request',
    description: 'A property of an object-valued parameter, expressed as a oneOf/anyOf of scalar types, now allows more types.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-property-type-changed',
    level: 'warning',
    direction: 'request',
    description: 'The type of a property inside an object-valued parameter changed; whether it breaks depends on serialization details the document leaves open.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-property-type-generalized',
    level: 'info',
    direction: 'request',
    description: 'The type of a property inside an object-valued parameter was widened.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-property-type-specialized',
    level: 'error',
    direction: 'request',
    description: 'The type of a property inside an object-valued parameter was narrowed, rejecting values that used to be valid.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-removed',
    level: 'warning',
    direction: 'request',
    description: 'A request parameter that was not deprecated was removed; clients still sending it may be rejected by strict servers or gateways.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-removed-before-sunset',
    level: 'error',
    direction: 'request',
    description: 'A deprecated request parameter was removed before the date in its `x-sunset`.',
    migration: 'Stop sending `{{name}}` to {{operation}}.',
  },
  {
    id: 'request-parameter-removed-with-deprecation',
    level: 'info',
    direction: 'request',
    description: 'A request parameter that had been `deprecated` (without `x-sunset`, or after its `x-sunset` date) was removed; allowed.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-type-changed',
    level: 'error',
    direction: 'request',
    description: 'The type or format of a request parameter changed in a way that rejects values that used to be accepted.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-type-generalized',
    level: 'info',
    direction: 'request',
    description: 'The type or format of a request parameter was widened (every old value is still accepted; on the wire anything can become a string).',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
  {
    id: 'request-parameter-x-extensible-enum-value-removed',
    level: 'error',
    direction: 'request',
    description: 'A value was dropped from a request parameter\'s `x-extensible-enum`, so clients sending it may be rejected.',
    migration: 'Check the values you send as `{{name}}` to {{operation}} against the new definition.',
  },
]);

export const compareRequestParameters: CheckFamily = (ctx, match) => {
  for (const pair of match.operationPairs) compareOperationParameters(ctx, pair);
  for (const pair of match.pathPairs) comparePathItemParameters(ctx, pair);
};

function compareOperationParameters(ctx: DiffContext, pair: OperationPair): void {
  const parameters = pair.diff.parameters();
  for (const added of parameters.added) reportAddedParameter(ctx, pair.operation, added);
  for (const removed of parameters.removed) reportRemovedParameter(ctx, pair.operation, removed);
  for (const both of parameters.pairs) compareParameter(ctx, pair.operation, both);
}

function reportAddedParameter(ctx: DiffContext, operation: string, added: ParameterSide): void {
  const finding = { operation, node: added.node, side: 'head' as const };
  if (added.in === 'path') {
    ctx.report({ ...finding, id: 'new-request-path-parameter', message: `path parameter \`${added.name}\` was added` });
    return;
  }
  const required = isRequired(added.node);
  ctx.report({
    ...finding,
    id: required ? 'new-required-request-parameter' : 'new-optional-request-parameter',
    message: `${required ? 'required' : 'optional'} ${added.in} parameter \`${added.name}\` was added`,
  });
}

function reportRemovedParameter(ctx: DiffContext, operation: string, removed: ParameterSide): void {
  const verdict = removalVerdict(removed.node, ctx.now);
  const finding = { operation, node: removed.node, side: 'base' as const };
  const what = `${removed.in} parameter \`${removed.name}\``;
  switch (verdict.kind) {
    case 'without-deprecation':
      ctx.report({ ...finding, id: 'request-parameter-removed', message: `${what} was removed` });
      return;
    case 'with-deprecation':
      ctx.report({ ...finding, id: 'request-parameter-removed-with-deprecation', message: `deprecated ${what} was removed` });
      return;
    case 'sunset-unreadable':
      ctx.report({ ...finding, id: 'request-parameter-sunset-parse', message: `${what} was removed, but its \`x-sunset\` ${rawValueText(verdict.sunset)} is not an RFC 3339 date` });
      return;
    case 'before-sunset':
      ctx.report({ ...finding, id: 'request-parameter-removed-before-sunset', message: `${what} was removed before its sunset date ${verdict.sunset}` });
      return;
    case 'after-sunset':
      // Reported, not dropped (oasdiff is silent): the review says the announced sunset was kept.
      ctx.report({ ...finding, id: 'request-parameter-removed-with-deprecation', message: `deprecated ${what} was removed after its sunset date ${verdict.sunset}` });
      return;
  }
}

function compareParameter(ctx: DiffContext, operation: string, pair: ParameterPair): void {
  const what = `${pair.head.in} parameter \`${pair.head.name}\``;
  const wasRequired = isRequired(pair.base.node);
  const required = isRequired(pair.head.node);
  if (wasRequired !== required) {
    ctx.report({
      id: required ? 'request-parameter-became-required' : 'request-parameter-became-optional',
      operation,
      node: childNode(pair.head.node, 'required'),
      side: 'head',
      message: `${what} became ${required ? 'required' : 'optional'}`,
    });
  }
  // The schema comparator judges the schema, including the parameter's `default` (only on optional
  // parameters, hence `required` in the site) and the properties of object-valued header parameters.
  const baseSchema = parameterSchema(ctx.base, pair.base.node);
  const headSchema = parameterSchema(ctx.head, pair.head.node);
  if (pair.head.in === 'header') compareHeaderEnum(ctx, operation, pair.head.name, baseSchema, headSchema);
  if (baseSchema.value === undefined || headSchema.value === undefined) return;
  const site: SchemaSite = {
    direction: 'request',
    subject: 'parameter',
    operation,
    name: pair.head.name,
    required,
  };
  if (isParameterLocation(pair.head.in)) site.in = pair.head.in;
  site.formExploded = isFormExploded(pair.head);
  ctx.compareSchema(baseSchema, headSchema, site);
}

/** oasdiff also reports an enum appearing on a header parameter under its header-property id. */
function compareHeaderEnum(ctx: DiffContext, operation: string, name: string, baseSchema: SpecNode, headSchema: SpecNode): void {
  if (baseSchema.value === undefined || headSchema.value === undefined) return;
  if (fieldOf(baseSchema, 'enum') !== undefined || !Array.isArray(fieldOf(headSchema, 'enum'))) return;
  ctx.report({ id: 'request-header-property-became-enum', operation, node: childNode(headSchema, 'enum'), side: 'head', message: `header \`${name}\` is now restricted to an enum` });
}

function comparePathItemParameters(ctx: DiffContext, pair: PathPair): void {
  const parameters = matchParameters(
    parametersOf(ctx.base, pair.base.node),
    parametersOf(ctx.head, pair.head.node),
    new Map(),
  );
  for (const added of parameters.added) {
    if (added.in === 'path' || !isObject(added.node.value)) continue;
    const required = isRequired(added.node);
    for (const operation of pair.head.operations) {
      ctx.report({
        id: required ? 'new-required-request-default-parameter-to-existing-path' : 'new-optional-request-default-parameter-to-existing-path',
        operation: operation.label,
        node: added.node,
        side: 'head',
        message: `${required ? 'required' : 'optional'} ${added.in} parameter \`${added.name}\` was added to every operation of \`${pair.head.template}\``,
      });
    }
  }
}

/** OpenAPI's serialization defaults: `form` for query and cookie parameters, `explode` with `form`. */
function isFormExploded(parameter: ParameterSide): boolean {
  const declaredStyle = fieldOf(parameter.node, 'style');
  const style = typeof declaredStyle === 'string' ? declaredStyle : parameter.in === 'query' || parameter.in === 'cookie' ? 'form' : 'simple';
  const declaredExplode = fieldOf(parameter.node, 'explode');
  return style === 'form' && (typeof declaredExplode === 'boolean' ? declaredExplode : true);
}

function isParameterLocation(value: string): value is NonNullable<SchemaSite['in']> {
  return value === 'query' || value === 'header' || value === 'path' || value === 'cookie';
}
