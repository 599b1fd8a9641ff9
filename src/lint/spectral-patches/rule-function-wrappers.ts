// analyze: replacing the functions of a ruleset's rules with wrappers, in place and once. A
// ruleset keeps its rules' `then` objects from run to run, so each kind of wrapper is installed
// the first time a `then` is met and never stacked again. A wrapper keeps the original's name:
// that is how the next wrapper, and the rule analysis, recognise a built-in function.
import type { Rule } from '@stoplight/spectral-core';

type Then = Rule['then'][number];
/** A rule function as the wrappers see it; `Context` is the part of Spectral's context they read. */
export type RuleFunction<Context> = (this: unknown, value: unknown, options: unknown, context: Context) => unknown;

/**
 * Wraps, for every `then` of `rules` not wrapped by this kind yet (`wrapped`), the function that
 * `wrap` returns a wrapper for; `wrap` returns undefined to leave a function as it is.
 */
export function wrapRuleFunctions<Context>(
  rules: Iterable<Rule>,
  wrapped: WeakSet<object>,
  wrap: (original: RuleFunction<Context>, then: Then, rule: Rule) => RuleFunction<Context> | undefined,
): void {
  for (const rule of rules) {
    for (const then of rule.then) {
      if (wrapped.has(then)) continue;
      const original = then.function as unknown as RuleFunction<Context>;
      const wrapper = wrap(original, then, rule);
      if (wrapper === undefined) continue;
      Object.defineProperty(wrapper, 'name', { value: original.name });
      then.function = wrapper as unknown as Then['function'];
      wrapped.add(then);
    }
  }
}
