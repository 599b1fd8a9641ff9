// The shipped ruleset as a whole: every house rule is documented, tested, and quiet on a spec
// that follows the guidelines.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { oas3, pathsFlagged, shippedRuleset } from './rule-harness.js';

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
