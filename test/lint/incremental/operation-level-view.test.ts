// The rules that read the whole document get an operation-level view of the resolved tree only
// when each of them is one known to read no deeper, exactly as shipped.
import type { Rule } from '@stoplight/spectral-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRuleset } from '../../../src/lint/load-ruleset.js';
import type { LoadedRuleset } from '../../../src/lint/loaded-ruleset.js';
import { operationLevelView, readsOperationLevelOnly } from '../../../src/lint/incremental/operation-level-view.js';
import { isUnitLocalRule } from '../../../src/lint/incremental/rule-locality.js';
import { memorySource } from '../../../src/specs/memory-source.js';

type Formats = NonNullable<Parameters<Rule['getGivenForFormats']>[0]>;

let shipped: LoadedRuleset;
beforeAll(async () => {
  const load = await loadRuleset({ kind: 'shipped' });
  if (!load.ok) throw new Error('the shipped ruleset does not load');
  shipped = load.ruleset;
});

/** The resolved rules of `ruleset` that read the whole document of `data`, with their givens. */
function wholeDocumentRules(ruleset: LoadedRuleset, data: object): { rule: Rule; givens: string[] }[] {
  const source = '/virtual/api.json';
  const effective = ruleset.ruleset.fromSource(source);
  const formats = new Set([...effective.formats].filter((format) => format(data, source))) as Formats;
  return Object.values(effective.rules)
    .map((rule) => ({ rule, givens: rule.getGivenForFormats(formats) }))
    .filter(({ rule, givens }) => givens.length > 0 && !isUnitLocalRule(rule, givens));
}

describe('readsOperationLevelOnly', () => {
  it.each([
    { name: 'OpenAPI 3.0', data: { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {} } },
    { name: 'OpenAPI 3.1', data: { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {} } },
    { name: 'Swagger 2.0', data: { swagger: '2.0', info: { title: 't', version: '1' }, paths: {} } },
  ])('holds for the shipped guidelines on $name (update the signatures when a rule changes)', ({ data }) => {
    expect(wholeDocumentRules(shipped, data).every(({ rule, givens }) => readsOperationLevelOnly(rule, givens))).toBe(true);
  });

  it('does not hold once a custom rule reads the whole resolved document', async () => {
    const source = memorySource({
      'rules.yaml': `extends: [[spectral:oas, recommended]]\nrules:\n  every-response-described:\n    given: $\n    then: {field: paths, function: truthy}\n`,
    });
    const custom = await loadRuleset({ kind: 'file', source, path: 'rules.yaml' });
    if (!custom.ok) throw new Error('the test ruleset does not load');
    expect(wholeDocumentRules(custom.ruleset, { openapi: '3.0.3', info: {}, paths: {} }).every(({ rule, givens }) => readsOperationLevelOnly(rule, givens))).toBe(false);
  });

  it('does not hold for a shipped rule given another `given`', async () => {
    const source = memorySource({
      'rules.yaml': `extends: [[spectral:oas, recommended]]\nrules:\n  path-params:\n    given: $\n    then: {function: truthy}\n`,
    });
    const custom = await loadRuleset({ kind: 'file', source, path: 'rules.yaml' });
    if (!custom.ok) throw new Error('the test ruleset does not load');
    expect(wholeDocumentRules(custom.ruleset, { openapi: '3.0.3', info: {}, paths: {} }).every(({ rule, givens }) => readsOperationLevelOnly(rule, givens))).toBe(false);
  });
});

describe('operationLevelView', () => {
  it('cuts responses, request bodies, callbacks and components, and changes nothing', () => {
    const operation = { operationId: 'a', tags: ['t'], parameters: [{ name: 'id', in: 'path' }], security: [], responses: { '200': {} }, requestBody: {}, callbacks: {} };
    const resolved = {
      openapi: '3.1.0',
      tags: [{ name: 't' }],
      paths: { '/a/{id}': { parameters: [], get: operation, summary: 's' } },
      webhooks: { hook: { post: { ...operation } } },
      components: { schemas: { A: {} } },
    };
    const before = JSON.stringify(resolved);
    const view = operationLevelView(resolved);
    expect(view).toEqual({
      openapi: '3.1.0',
      tags: [{ name: 't' }],
      paths: { '/a/{id}': { parameters: [], get: { operationId: 'a', tags: ['t'], parameters: [{ name: 'id', in: 'path' }], security: [] }, summary: 's' } },
      webhooks: { hook: { post: { operationId: 'a', tags: ['t'], parameters: [{ name: 'id', in: 'path' }], security: [] } } },
    });
    expect(JSON.stringify(resolved)).toBe(before);
  });
});
