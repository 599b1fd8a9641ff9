// Rule functions are wrapped in place, once per kind of wrapper, keeping the original's name.
import type { Rule } from '@stoplight/spectral-core';
import { describe, expect, it } from 'vitest';
import { type RuleFunction, wrapRuleFunctions } from '../../../src/lint/spectral-patches/rule-function-wrappers.js';

function casing(value: unknown): unknown {
  return [{ message: `saw ${String(value)}` }];
}
function truthy(): unknown {
  return undefined;
}
const ruleWith = (...functions: Array<(value: unknown) => unknown>): Rule => ({ then: functions.map((fn) => ({ function: fn })) }) as unknown as Rule;
const called = (rule: Rule, index = 0): unknown => (rule.then[index]!.function as unknown as RuleFunction<undefined>).call(undefined, 'x', {}, undefined);

describe('wrapRuleFunctions', () => {
  it('wraps what the wrapper accepts, once, under the original name', () => {
    const rule = ruleWith(casing, truthy);
    const wrapped = new WeakSet<object>();
    const tagged = (original: RuleFunction<undefined>) => (original.name === 'casing' ? (value: unknown) => ['tagged', original(value, {}, undefined)] : undefined);
    wrapRuleFunctions([rule], wrapped, tagged);
    wrapRuleFunctions([rule], wrapped, tagged);
    expect(called(rule)).toEqual(['tagged', [{ message: 'saw x' }]]);
    expect(rule.then[0]!.function.name).toBe('casing');
    expect(rule.then[1]!.function).toBe(truthy);
  });

  it('stacks wrappers of different kinds, the later one seeing the name of the first', () => {
    const rule = ruleWith(casing);
    wrapRuleFunctions([rule], new WeakSet(), (original) => (value: unknown) => ['inner', original(value, {}, undefined)]);
    wrapRuleFunctions([rule], new WeakSet(), (original) => (original.name === 'casing' ? (value: unknown) => ['outer', original(value, {}, undefined)] : undefined));
    expect(called(rule)).toEqual(['outer', ['inner', [{ message: 'saw x' }]]]);
  });
});
