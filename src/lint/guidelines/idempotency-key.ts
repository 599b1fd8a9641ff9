// analyze: a POST that creates (creating-operation.ts) requires an `Idempotency-Key` header. Read from
// the operation's parameters with the path's own and shared `$ref`s followed, so the one finding
// sits on the operation however its parameters are written.
import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { operationsOf, type Located } from './api-document.js';
import { createsResource } from './creating-operation.js';

const KEY_NAME = /^(x-)?idempotency-key$/i;

function describeProblem(key: Located | undefined, lookalike: Located | undefined): string | undefined {
  if (key === undefined) {
    return lookalike === undefined
      ? 'takes no Idempotency-Key header'
      : `takes "${String(lookalike.value.name)}" in the ${String(lookalike.value.in)}, which is not an Idempotency-Key header`;
  }
  return key.value.required === true ? undefined : 'takes an optional Idempotency-Key header: make it required';
}

export function idempotencyFindings(root: unknown): IFunctionResult[] {
  return operationsOf(root).flatMap((operation): IFunctionResult[] => {
    if (!createsResource(root, operation)) return [];
    const named = operation.parameters.filter((parameter) => KEY_NAME.test(String(parameter.value.name)));
    const key = named.find((parameter) => parameter.value.in === 'header');
    const problem = describeProblem(key, named[0]);
    return problem === undefined ? [] : [{ message: `POST ${operation.template} creates a resource but ${problem}`, path: operation.path }];
  });
}

export const apiIdempotencyKey = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function apiIdempotencyKey(document) {
    return idempotencyFindings(document);
  },
);
