// analyze: Spectral validates every example against its schema once per place the resolved
// document reaches it, deep-copying and AJV-compiling the schema each time — a component example
// reached from 500 operations costs 500 compilations, and equal schemas compile again. Within one
// lint run, this remembers the results of `oasExample` by the content of its target and replays
// them at the new path. Only runs the incremental lint marks use it; a plain `lintSpec` runs
// Spectral untouched (the reference in tests).
import { createHash } from 'node:crypto';
import type { Rule } from '@stoplight/spectral-core';

type Then = Rule['then'][number];
type RulesetFunction = Then['function'];
type FunctionResult = { message: string; path?: (string | number)[] };
interface FunctionContext {
  path: (string | number)[];
  document: { formats?: Set<unknown> | null; parserResult?: unknown };
}

/** Targets (the parsed results handed to Spectral) whose runs may replay example results. */
const memoByRun = new WeakMap<object, Map<string, FunctionResult[] | undefined>>();
const wrapped = new WeakSet<object>();

export function allowExampleMemo(target: object): void {
  memoByRun.set(target, new Map());
}

/** Wraps `oasExample` in place, once per rule; outside a marked run the wrapper just calls through. */
export function installExampleMemo(rules: Iterable<Rule>): void {
  for (const rule of rules) {
    for (const then of rule.then) {
      const original = then.function as unknown as (value: unknown, options: unknown, context: FunctionContext) => unknown;
      if (wrapped.has(then) || original.name !== 'oasExample') continue;
      const memoized = function (this: unknown, value: unknown, options: unknown, context: FunctionContext): unknown {
        const run = memoOf(context);
        if (run === undefined || value === null || typeof value !== 'object') return original.call(this, value, options, context);
        return replay(run, value, options, context, () => original.call(this, value, options, context));
      };
      Object.defineProperty(memoized, 'name', { value: original.name });
      then.function = memoized as unknown as RulesetFunction;
      wrapped.add(then);
    }
  }
}

function memoOf(context: FunctionContext): Map<string, FunctionResult[] | undefined> | undefined {
  const target = context.document.parserResult;
  return target !== null && typeof target === 'object' ? memoByRun.get(target) : undefined;
}

const optionIds = new WeakMap<object, number>();

function replay(
  byKey: Map<string, FunctionResult[] | undefined>,
  value: object,
  options: unknown,
  context: FunctionContext,
  compute: () => unknown,
): unknown {
  const content = contentKey(value);
  // A value JSON cannot write (a cycle) is validated as Spectral would, without the memo.
  if (content === undefined) return compute();
  const key = `${optionId(options)}|${placeOf(context.path)}|${content}`;
  if (!byKey.has(key)) {
    const results = compute();
    // Only a plain list of results inside the target can be replayed elsewhere; anything else
    // (a promise, a result pointing outside) is returned as is and not remembered.
    if (results !== undefined && (!Array.isArray(results) || !results.every((result: FunctionResult) => isInside(result, context.path)))) return results;
    byKey.set(key, results?.map((result: FunctionResult) => relativeTo(result, context.path)));
  }
  return byKey.get(key)?.map((result) => ({ ...result, ...(result.path ? { path: [...context.path, ...result.path] } : {}) }));
}

/**
 * What `oasExample` reads of its path: whether it is a request or a response media object
 * (segments 0, 1 and 3: `paths/*\/*\/requestBody`, `components/responses`, ...). Results of one
 * target at two places with the same signature are the same, relative to the place.
 */
function placeOf(path: readonly (string | number)[]): string {
  const signature = path[0] === 'paths' ? ['paths', path[3]] : [path[0], path[1]];
  return JSON.stringify(signature);
}

/** A digest of the value's JSON: keys stay short however large the resolved schema is. */
function contentKey(value: object): string | undefined {
  try {
    return createHash('sha1').update(JSON.stringify(value)).digest('base64');
  } catch {
    return undefined;
  }
}

function isInside(result: FunctionResult, base: readonly (string | number)[]): boolean {
  return result.path === undefined || base.every((segment, index) => result.path?.[index] === segment);
}

function relativeTo(result: FunctionResult, base: readonly (string | number)[]): FunctionResult {
  return result.path ? { ...result, path: result.path.slice(base.length) } : result;
}

let nextOptionId = 0;

function optionId(options: unknown): number {
  if (options === null || typeof options !== 'object') return -1;
  let id = optionIds.get(options);
  if (id === undefined) optionIds.set(options, (id = nextOptionId++));
  return id;
}
