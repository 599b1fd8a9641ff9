import { Ruleset } from '@stoplight/spectral-core';
import { oas3 } from '@stoplight/spectral-formats';
import { truthy } from '@stoplight/spectral-functions';
import { oas } from '@stoplight/spectral-rulesets';
import { describe, expect, it } from 'vitest';
import { unsafeEvaluatedPaths } from '../../src/lint/evaluated-paths.js';

const PAYLOAD = "@.constructor.constructor('globalThis.lintTrustCanary=1')()";

describe('unsafeEvaluatedPaths', () => {
  it('sees the path a scoped alias resolves to for a format, joined with what the rule appends', () => {
    const ruleset = new Ruleset({
      aliases: { Scoped: { targets: [{ formats: [oas3], given: ['$.paths[*]'] }] } },
      rules: { joined: { given: `#Scoped[?(${PAYLOAD})]`, then: { function: truthy } } },
    });
    expect(unsafeEvaluatedPaths(ruleset)).toEqual([
      { rule: 'joined', message: expect.stringMatching(/^rule "joined": given "\$\.paths\[\*\]\[\?\(@\.constructor.*function call/) },
    ]);
  });

  it('sees then.field', () => {
    const ruleset = new Ruleset({ rules: { f: { given: '$', then: { field: `$[?(${PAYLOAD})]`, function: truthy } } } });
    expect(unsafeEvaluatedPaths(ruleset).map((unsafe) => unsafe.rule)).toEqual(['f']);
  });

  it("trusts the bundled rulesets' own paths, which call string methods", () => {
    expect(unsafeEvaluatedPaths(new Ruleset({ extends: [oas] }))).toEqual([]);
  });

  it('does not trust a bundled rule whose given a repository replaced', () => {
    const ruleset = new Ruleset({ extends: [oas], rules: { 'operation-tags': { given: `$..[?(${PAYLOAD})]`, then: { function: truthy } } } });
    expect(unsafeEvaluatedPaths(ruleset).map((unsafe) => unsafe.rule)).toEqual(['operation-tags']);
  });
});
