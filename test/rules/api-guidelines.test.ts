// The shipped ruleset as a whole: every house rule is documented, tested, and quiet on a spec
// that follows the guidelines.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintSpec } from '../../src/lint/lint-spec.js';
import { loadRuleset } from '../../src/lint/load-ruleset.js';
import { loadSpec } from '../../src/specs/load-spec.js';
import { memorySource } from '../../src/specs/memory-source.js';
import { oas3, operation, pathsFlagged, shippedRuleset } from './rule-harness.js';

describe('rules/api-guidelines.yaml', async () => {
  const loaded = await shippedRuleset();
  const houseRules = Object.values(loaded.ruleset.rules).filter((rule) => rule.name.startsWith('api-'));

  it('extends spectral:oas recommended and adds house rules', () => {
    expect(loaded.ruleset.rules['oas3-schema']?.enabled).toBe(true);
    expect(houseRules.length).toBeGreaterThanOrEqual(10);
  });

  it.each(houseRules.map((rule) => ({ id: rule.name, rule })))('$id is documented and tested', ({ id, rule }) => {
    expect(rule.description).toBeTruthy();
    expect(rule.message).toBeTruthy();
    expect(rule.documentationUrl).toMatch(new RegExp(`/docs/guidelines\\.md#${id}$`));
    const guide = loaded.guides.get(id);
    expect(guide?.why).toBeTruthy();
    expect(guide?.fix).toBeTruthy();
    expect(existsSync(`test/rules/${id}.test.ts`)).toBe(true);
  });

  it('finds nothing of its own on a spec that follows the guidelines', async () => {
    const document = oas3();
    for (const rule of houseRules) expect(await pathsFlagged(rule.name, document), rule.name).toEqual([]);
  });
});

describe('a team ruleset that extends the shipped guidelines', () => {
  const teamRuleset = [
    'extends: [api-review-bot:api-guidelines]',
    'rules:',
    '  api-schema-bounds: off',
    '  api-rate-limit-response: info',
    '  api-property-casing:',
    '    given: $',
    '    resolved: false',
    '    then: { function: apiPropertyCasing, functionOptions: { casing: snake } }',
    '',
  ].join('\n');

  it('switches rules off, changes severities and pins the casing', async () => {
    const load = await loadRuleset({ kind: 'file', source: memorySource({ '.github/rules.yaml': teamRuleset }), path: '.github/rules.yaml' });
    if (!load.ok) throw new Error(JSON.stringify(load.problems));
    const document = oas3({ paths: { '/things': { get: operation({ responses: { '200': { description: 'ok' } } }) } } });
    (document.components as Record<string, unknown>).schemas = { Thing: { type: 'object', properties: { thingId: { type: 'string' }, createdAt: { type: 'string' } } } };
    const spec = await loadSpec(memorySource({ 'openapi.json': JSON.stringify(document) }), 'openapi.json');
    const findings = await lintSpec(spec, load.ruleset);
    const codes = (code: string) => findings.filter((finding) => finding.code === code);
    expect(codes('api-schema-bounds')).toEqual([]);
    expect(codes('api-rate-limit-response').map((finding) => finding.severity)).toEqual(['info']);
    expect(codes('api-property-casing').map((finding) => finding.path.at(-1))).toEqual(['createdAt', 'thingId']);
    expect(codes('api-error-responses')).toHaveLength(1);
  });
});
