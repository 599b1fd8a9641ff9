import { describe, expect, it } from 'vitest';
import { explainRule } from '../../src/lint/explain-rule.js';
import { loadRuleset } from '../../src/lint/load-ruleset.js';

describe('explainRule', async () => {
  const load = await loadRuleset({ kind: 'shipped' });
  if (!load.ok) throw new Error('the shipped ruleset must load');
  const ruleset = load.ruleset;

  it('explains a house rule with why it matters and how to fix it', () => {
    const text = explainRule('api-idempotency-key', ruleset) ?? '';
    expect(text).toContain('### `api-idempotency-key`');
    expect(text).toContain('**Severity:** warning');
    expect(text).toMatch(/#### Why it matters\n\nNetworks fail/);
    expect(text).toMatch(/#### How to fix\n\nAdd the header parameter/);
    expect(text).toContain('docs/guidelines.md#api-idempotency-key)');
  });

  it("explains a spectral:oas rule from its description and Spectral's documentation", () => {
    const text = explainRule('operation-tags', ruleset) ?? '';
    expect(text).toContain('Operation must have non-empty "tags" array.');
    expect(text).toContain('**Severity:** warning');
    expect(text).not.toContain('Why it matters');
    expect(text).toMatch(/\[Documentation\]\(https:\/\/.+#operation-tags\)/);
  });

  it('says a rule the guidelines switch off is off', () => {
    expect(explainRule('operation-operationId', ruleset)).toContain('**Severity:** off');
  });

  it('knows nothing of other codes', () => {
    expect(explainRule('no-such-rule', ruleset)).toBeUndefined();
    expect(explainRule('toString', ruleset)).toBeUndefined();
  });
});
