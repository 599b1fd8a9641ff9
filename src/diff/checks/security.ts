// analyze: the security family, all info in oasdiff: security requirement alternatives of each
// operation and of the document, and the security schemes under components (OAuth: implicit flow
// only, as oasdiff). Alternatives are matched exactly first, then by their set of scheme names.
import { childNode, rootNode } from '../../specs/resolve-node.js';
import type { LoadedSpec, SpecNode } from '../../specs/loaded-spec.js';
import { defineChecks } from '../check.js';
import type { CheckFamily, DiffContext } from '../diff-context.js';
import { jsonEqual } from '../schema/json-equal.js';
import { childOf, entriesOf, fieldOf, isObject, itemsOf } from '../spec-nodes.js';

export const securityChecks = defineChecks('security', [
  {
    id: 'api-global-security-added',
    level: 'info',
    direction: 'none',
    description: 'A new alternative was added to the document-level `security` list (always info).',
    migration: 'No client change is required.',
  },
  {
    id: 'api-global-security-removed',
    level: 'info',
    direction: 'none',
    description: 'An alternative was removed from the document-level `security` list (always info).',
    migration: 'No client change is required.',
  },
  {
    id: 'api-global-security-scope-added',
    level: 'info',
    direction: 'none',
    description: 'A document-level security requirement now asks for an additional scope (always info).',
    migration: 'No client change is required.',
  },
  {
    id: 'api-global-security-scope-removed',
    level: 'info',
    direction: 'none',
    description: 'A document-level security requirement asks for one scope fewer (always info).',
    migration: 'No client change is required.',
  },
  {
    id: 'api-security-added',
    level: 'info',
    direction: 'none',
    description: 'An operation gained a new security requirement alternative (reported as info by default).',
    migration: 'No client change is required.',
  },
  {
    id: 'api-security-component-added',
    level: 'info',
    direction: 'none',
    description: 'A new security scheme was defined under `components.securitySchemes`.',
    migration: 'No client change is required.',
  },
  {
    id: 'api-security-component-oauth-scope-added',
    level: 'info',
    direction: 'none',
    description: 'An OAuth implicit flow declares an additional scope.',
    migration: 'No client change is required.',
  },
  {
    id: 'api-security-component-oauth-scope-changed',
    level: 'info',
    direction: 'none',
    description: 'The description of a scope in an OAuth implicit flow changed.',
    migration: 'No client change is required.',
  },
  {
    id: 'api-security-component-oauth-scope-removed',
    level: 'info',
    direction: 'none',
    description: 'An OAuth implicit flow no longer declares one of its scopes.',
    migration: 'No client change is required.',
  },
  {
    id: 'api-security-component-oauth-token-url-changed',
    level: 'info',
    direction: 'none',
    description: 'The token URL of an OAuth implicit flow changed.',
    migration: 'No client change is required.',
  },
  {
    id: 'api-security-component-oauth-url-changed',
    level: 'info',
    direction: 'none',
    description: 'The authorization URL of an OAuth implicit flow changed.',
    migration: 'No client change is required.',
  },
  {
    id: 'api-security-component-removed',
    level: 'info',
    direction: 'none',
    description: 'A security scheme was removed from `components.securitySchemes`.',
    migration: 'No client change is required.',
  },
  {
    id: 'api-security-component-type-changed',
    level: 'info',
    direction: 'none',
    description: 'A security scheme changed its `type` (e.g. apiKey to oauth2).',
    migration: 'No client change is required.',
  },
  {
    id: 'api-security-removed',
    level: 'info',
    direction: 'none',
    description: 'An operation lost a security requirement alternative (reported as info by default).',
    migration: 'No client change is required.',
  },
  {
    id: 'api-security-scope-added',
    level: 'info',
    direction: 'none',
    description: 'A security requirement of an operation now asks for an additional OAuth scope (reported as info by default, although tokens without the scope will be refused).',
    migration: 'No client change is required.',
  },
  {
    id: 'api-security-scope-removed',
    level: 'info',
    direction: 'none',
    description: 'A security requirement of an operation asks for one scope fewer.',
    migration: 'No client change is required.',
  },
]);

interface Alternative {
  node: SpecNode;
  /** Scheme name -> sorted scopes. */
  schemes: Map<string, string[]>;
}

interface Scope {
  operation: string | null;
  /** Id prefix: `api-security` for operations, `api-global-security` for the document. */
  prefix: 'api-security' | 'api-global-security';
  where: string;
}

export const compareSecurity: CheckFamily = (ctx, match) => {
  compareRequirements(
    ctx,
    { operation: null, prefix: 'api-global-security', where: 'the document' },
    rootNode(ctx.base, ['security']),
    rootNode(ctx.head, ['security']),
  );
  for (const pair of match.operationPairs) {
    compareRequirements(
      ctx,
      { operation: pair.operation, prefix: 'api-security', where: pair.operation },
      childOf(ctx.base, pair.base.node, 'security'),
      childOf(ctx.head, pair.head.node, 'security'),
    );
  }
  compareSchemes(ctx);
};

function compareRequirements(ctx: DiffContext, scope: Scope, base: SpecNode, head: SpecNode): void {
  const before = alternativesOf(ctx.base, base);
  const after = alternativesOf(ctx.head, head);
  const matchedBefore = new Set<Alternative>();
  const matchedAfter = new Set<Alternative>();
  for (const alternative of before) {
    const same = after.find((other) => !matchedAfter.has(other) && jsonEqual(toObject(alternative), toObject(other)));
    if (same) {
      matchedBefore.add(alternative);
      matchedAfter.add(same);
    }
  }
  // Then alternatives with the same schemes but other scopes, when the pairing is unambiguous.
  for (const alternative of before) {
    if (matchedBefore.has(alternative)) continue;
    const names = schemeNames(alternative);
    if (before.filter((other) => !matchedBefore.has(other) && schemeNames(other) === names).length !== 1) continue;
    const candidates = after.filter((other) => !matchedAfter.has(other) && schemeNames(other) === names);
    const candidate = candidates[0];
    if (candidates.length !== 1 || !candidate) continue;
    matchedBefore.add(alternative);
    matchedAfter.add(candidate);
    reportScopes(ctx, scope, alternative, candidate);
  }
  for (const alternative of before) {
    if (matchedBefore.has(alternative) || alternative.schemes.size === 0) continue;
    ctx.report({ id: `${scope.prefix}-removed`, operation: scope.operation, node: alternative.node, side: 'base', message: `security requirement ${describe(alternative)} was removed from ${scope.where}` });
  }
  for (const alternative of after) {
    if (matchedAfter.has(alternative) || alternative.schemes.size === 0) continue;
    ctx.report({ id: `${scope.prefix}-added`, operation: scope.operation, node: alternative.node, side: 'head', message: `security requirement ${describe(alternative)} was added to ${scope.where}` });
  }
}

function reportScopes(ctx: DiffContext, scope: Scope, base: Alternative, head: Alternative): void {
  for (const [scheme, scopes] of head.schemes) {
    const previous = base.schemes.get(scheme) ?? [];
    for (const added of scopes.filter((name) => !previous.includes(name))) {
      ctx.report({ id: `${scope.prefix}-scope-added`, operation: scope.operation, node: childNode(head.node, scheme), side: 'head', message: `security scheme \`${scheme}\` of ${scope.where} now requires the scope \`${added}\`` });
    }
    for (const removed of previous.filter((name) => !scopes.includes(name))) {
      ctx.report({ id: `${scope.prefix}-scope-removed`, operation: scope.operation, node: childNode(base.node, scheme), side: 'base', message: `security scheme \`${scheme}\` of ${scope.where} no longer requires the scope \`${removed}\`` });
    }
  }
}

function alternativesOf(spec: LoadedSpec, list: SpecNode): Alternative[] {
  return itemsOf(spec, list).flatMap((node) => {
    if (!isObject(node.value)) return [];
    const schemes = new Map<string, string[]>();
    for (const [name, scopes] of Object.entries(node.value)) {
      schemes.set(name, Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string').sort() : []);
    }
    return [{ node, schemes }];
  });
}

function toObject(alternative: Alternative): Record<string, string[]> {
  return Object.fromEntries(alternative.schemes);
}

function schemeNames(alternative: Alternative): string {
  return [...alternative.schemes.keys()].sort().join(' AND ');
}

function describe(alternative: Alternative): string {
  return `\`${[...alternative.schemes.keys()].sort().join(' AND ')}\``;
}

function compareSchemes(ctx: DiffContext): void {
  const before = new Map(entriesOf(ctx.base, rootNode(ctx.base, ['components', 'securitySchemes'])));
  const after = new Map(entriesOf(ctx.head, rootNode(ctx.head, ['components', 'securitySchemes'])));
  for (const [name, node] of before) {
    const headNode = after.get(name);
    if (!headNode) {
      ctx.report({ id: 'api-security-component-removed', operation: null, node, side: 'base', message: `security scheme \`${name}\` was removed` });
      continue;
    }
    compareScheme(ctx, name, node, headNode);
  }
  for (const [name, node] of after) {
    if (!before.has(name)) ctx.report({ id: 'api-security-component-added', operation: null, node, side: 'head', message: `security scheme \`${name}\` was added` });
  }
}

type SecurityCheckId = (typeof securityChecks)[number]['id'];

function compareScheme(ctx: DiffContext, name: string, base: SpecNode, head: SpecNode): void {
  const report = (id: SecurityCheckId, node: SpecNode, side: 'base' | 'head', message: string): void =>
    ctx.report({ id, operation: null, node, side, message });
  if (fieldOf(base, 'type') !== fieldOf(head, 'type')) {
    report('api-security-component-type-changed', childNode(head, 'type'), 'head', `security scheme \`${name}\` changed its type from \`${String(fieldOf(base, 'type'))}\` to \`${String(fieldOf(head, 'type'))}\``);
  }
  const baseFlow = childOf(ctx.base, childOf(ctx.base, base, 'flows'), 'implicit');
  const headFlow = childOf(ctx.head, childOf(ctx.head, head, 'flows'), 'implicit');
  if (!isObject(baseFlow.value) || !isObject(headFlow.value)) return;
  for (const [field, id] of [['authorizationUrl', 'api-security-component-oauth-url-changed'], ['tokenUrl', 'api-security-component-oauth-token-url-changed']] as const) {
    if (fieldOf(baseFlow, field) !== fieldOf(headFlow, field)) {
      report(id, childNode(headFlow, field), 'head', `the implicit flow of \`${name}\` changed its ${field}`);
    }
  }
  const baseScopes = childOf(ctx.base, baseFlow, 'scopes');
  const headScopes = childOf(ctx.head, headFlow, 'scopes');
  const before = isObject(baseScopes.value) ? baseScopes.value : {};
  const after = isObject(headScopes.value) ? headScopes.value : {};
  for (const scope of Object.keys(before)) {
    if (!(scope in after)) report('api-security-component-oauth-scope-removed', childNode(baseScopes, scope), 'base', `the implicit flow of \`${name}\` no longer declares the scope \`${scope}\``);
    else if (before[scope] !== after[scope]) report('api-security-component-oauth-scope-changed', childNode(headScopes, scope), 'head', `the description of scope \`${scope}\` of \`${name}\` changed`);
  }
  for (const scope of Object.keys(after)) {
    if (!(scope in before)) report('api-security-component-oauth-scope-added', childNode(headScopes, scope), 'head', `the implicit flow of \`${name}\` declares the new scope \`${scope}\``);
  }
}
