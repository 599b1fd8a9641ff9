// analyze: every operation is secured, either by the API's top-level `security` or its own; an
// explicit opt-out (`security: []`) is accepted only on an operation marked `x-public: true`;
// secured operations document 401 and 403. Each needs the top-level `security` beside the
// operation, so one function serves the three rules (`check` chooses).
import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { isJsonObject } from '../../specs/json-object.js';
import { operationsOf, responsesOf, type Operation } from './api-document.js';

export interface OperationSecurityOptions {
  check: 'secured' | 'public-opt-out' | 'auth-responses';
}

/** The extension that marks an operation public on purpose. */
export const PUBLIC_MARK = 'x-public';

/** `[]` or `[{}]`: no requirement has to be met. */
function requiresNothing(security: unknown): boolean {
  return Array.isArray(security) && security.every((requirement) => isJsonObject(requirement) && Object.keys(requirement).length === 0);
}

type SecurityState = 'secured' | 'unsecured' | 'opted-out';

export function securityState(root: unknown, operation: Operation): SecurityState {
  if (operation.value.security !== undefined) return requiresNothing(operation.value.security) ? 'opted-out' : 'secured';
  const global = isJsonObject(root) ? root.security : undefined;
  return global === undefined || requiresNothing(global) ? 'unsecured' : 'secured';
}

function isMarkedPublic(operation: Operation): boolean {
  return operation.value[PUBLIC_MARK] === true;
}

function findingOf(root: unknown, operation: Operation, check: OperationSecurityOptions['check']): IFunctionResult | undefined {
  const state = securityState(root, operation);
  const where = `${operation.method.toUpperCase()} ${operation.template}`;
  switch (check) {
    case 'secured':
      return state === 'unsecured' && !isMarkedPublic(operation)
        ? { message: `${where} is not secured: declare security on it or at the top level (a public operation says so with ${PUBLIC_MARK}: true)`, path: operation.path }
        : undefined;
    case 'public-opt-out':
      return state === 'opted-out' && !isMarkedPublic(operation)
        ? { message: `${where} opts out of security (security: []) without being marked public: add ${PUBLIC_MARK}: true if that is intended`, path: [...operation.path, 'security'] }
        : undefined;
    case 'auth-responses': {
      if (state !== 'secured') return undefined;
      const codes = new Set([...responsesOf(root, operation).keys()].map((code) => code.toUpperCase()));
      const missing = ['401', '403'].filter((code) => !codes.has(code) && !codes.has('4XX'));
      return missing.length > 0
        ? { message: `Secured ${where} must document ${missing.join(' and ')} (unauthenticated, forbidden)`, path: [...operation.path, 'responses'] }
        : undefined;
    }
  }
}

export function operationSecurityFindings(root: unknown, options: OperationSecurityOptions): IFunctionResult[] {
  return operationsOf(root)
    .map((operation) => findingOf(root, operation, options.check))
    .filter((finding): finding is IFunctionResult => finding !== undefined);
}

export const apiOperationSecurity = createRulesetFunction<unknown, OperationSecurityOptions>(
  {
    input: null,
    options: {
      type: 'object',
      properties: { check: { enum: ['secured', 'public-opt-out', 'auth-responses'] } },
      required: ['check'],
      additionalProperties: false,
    },
  },
  function apiOperationSecurity(document, options) {
    return operationSecurityFindings(document, options);
  },
);
