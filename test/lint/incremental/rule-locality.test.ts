// Which rules the incremental lint may run on a reduced document: the shipped bounds rule walks
// the whole document unit by unit, so it is unit-local, as is any rule handing it the root
// unresolved; other whole-document walkers, and the bounds function given less than the root or
// a resolved tree, are not unit-wise.
import type { Rule } from '@stoplight/spectral-core';
import { describe, expect, it } from 'vitest';
import { isUnitLocalRule, isUnitWiseRule } from '../../../src/lint/incremental/rule-locality.js';
import { loadRuleset } from '../../../src/lint/load-ruleset.js';
import { memorySource } from '../../../src/specs/memory-source.js';

async function ruleOf(definition: string): Promise<Rule> {
  const loaded = await loadRuleset({ kind: 'file', path: 'r.yaml', source: memorySource({ 'r.yaml': `rules:\n  probe:\n${definition}` }) });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const rule = loaded.ruleset.ruleset.rules.probe;
  if (rule === undefined) throw new Error('no rule');
  return rule;
}

describe('rule locality', () => {
  it.each([
    { name: 'the bounds function over the unresolved root', rule: '    given: $\n    resolved: false\n    then: {function: apiSchemaBounds}\n', local: true, unitWise: true },
    { name: 'the bounds function over the resolved root', rule: '    given: $\n    then: {function: apiSchemaBounds}\n', local: false, unitWise: false },
    { name: 'the bounds function given a field of the root', rule: '    given: $\n    resolved: false\n    then: {field: paths, function: apiSchemaBounds}\n', local: false, unitWise: false },
    { name: 'the bounds function given the paths', rule: '    given: $.paths\n    resolved: false\n    then: {function: apiSchemaBounds}\n', local: false, unitWise: false },
    { name: 'the casing most of the API uses (whole-document)', rule: '    given: $\n    resolved: false\n    then: {function: apiPropertyCasing}\n', local: false, unitWise: false },
    { name: 'a value function inside path items', rule: '    given: $.paths[*][*]\n    then: {field: summary, function: truthy}\n', local: true, unitWise: false },
    { name: 'a value function inside webhooks of 3.0 (x-webhooks)', rule: "    given: $['x-webhooks'][*][*]\n    then: {field: summary, function: truthy}\n", local: false, unitWise: false },
    { name: 'a value function inside webhooks of 3.0, dotted', rule: '    given: $.x-webhooks[*][*]\n    then: {field: summary, function: truthy}\n', local: true, unitWise: false },
    { name: 'the map of webhooks of 3.0 as a whole', rule: '    given: $..x-webhooks\n    then: {function: truthy}\n', local: false, unitWise: false },
    { name: 'the path items of 3.1 components as a whole', rule: '    given: $..pathItems\n    then: {function: truthy}\n', local: false, unitWise: false },
    { name: 'the callbacks of components as a whole', rule: '    given: $..callbacks\n    then: {function: truthy}\n', local: false, unitWise: false },
  ])('$name: unit-local $local, unit-wise $unitWise', async ({ rule, local, unitWise }) => {
    const loaded = await ruleOf(rule);
    expect(isUnitLocalRule(loaded, loaded.given)).toBe(local);
    expect(isUnitWiseRule(loaded, loaded.given)).toBe(unitWise);
  });

  it('finds the shipped bounds rule unit-wise', async () => {
    const shipped = await loadRuleset({ kind: 'shipped' });
    if (!shipped.ok) throw new Error('the shipped ruleset does not load');
    const bounds = shipped.ruleset.ruleset.rules['api-schema-bounds'];
    if (bounds === undefined) throw new Error('no api-schema-bounds');
    expect(isUnitWiseRule(bounds, bounds.given)).toBe(true);
  });
});
