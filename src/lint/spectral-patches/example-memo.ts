// analyze: Spectral validates every example against its schema once per place the resolved
// document reaches it, deep-copying and AJV-compiling the schema each time — a component example
// reached from 500 operations costs 500 compilations, and equal schemas compile again. Within one
// process (bounded), this remembers the results of `oasExample` by the content of its target, the
// document's formats and schema dialect, and replays them at the new path — so the head's run
// also reuses what the base's run validated. Only runs the incremental lint marks use it; a plain
// `lintSpec` runs Spectral untouched (the reference in tests).
import { createHash } from 'node:crypto';
import type { Rule } from '@stoplight/spectral-core';
import { wrapRuleFunctions } from './rule-function-wrappers.js';

type FunctionResult = { message: string; path?: (string | number)[] };
interface FunctionContext {
  path: (string | number)[];
  document: { formats?: Set<unknown> | null; parserResult?: unknown; data?: unknown };
}

/** Results by key; the oldest entries go first past the bound. */
const memo = new Map<string, FunctionResult[] | undefined>();
const MEMO_ENTRIES = 200_000;
/** Targets (the parsed results handed to Spectral) whose runs may replay example results. */
const allowedRuns = new WeakSet<object>();
const wrapped = new WeakSet<object>();

export function allowExampleMemo(target: object): void {
  allowedRuns.add(target);
}

/** Forgets every remembered result (the bench measures cold reviews with it). */
export function resetExampleMemo(): void {
  memo.clear();
}

/** Wraps `oasExample` in place, once per rule; outside a marked run the wrapper just calls through. */
export function installExampleMemo(rules: Iterable<Rule>): void {
  wrapRuleFunctions<FunctionContext>(rules, wrapped, (original) => {
    if (original.name !== 'oasExample') return undefined;
    return function (this: unknown, value: unknown, options: unknown, context: FunctionContext): unknown {
      if (!isAllowed(context) || value === null || typeof value !== 'object') return original.call(this, value, options, context);
      return replay(value, options, context, () => original.call(this, value, options, context));
    };
  });
}

function isAllowed(context: FunctionContext): boolean {
  const target = context.document.parserResult;
  return target !== null && typeof target === 'object' && allowedRuns.has(target);
}

const optionIds = new WeakMap<object, number>();

function replay(
  value: object,
  options: unknown,
  context: FunctionContext,
  compute: () => unknown,
): unknown {
  const content = contentKey(value);
  // A value JSON cannot write (a cycle) is validated as Spectral would, without the memo.
  if (content === undefined) return compute();
  const key = `${optionId(options)}|${documentKey(context)}|${placeOf(context.path)}|${content}`;
  const byKey = memo;
  if (!byKey.has(key)) {
    const results = compute();
    // Only a plain list of results inside the target can be replayed elsewhere; anything else
    // (a promise, a result pointing outside) is returned as is and not remembered.
    if (results !== undefined && (!Array.isArray(results) || !results.every((result: FunctionResult) => isInside(result, context.path)))) return results;
    byKey.set(key, results?.map((result: FunctionResult) => relativeTo(result, context.path)));
    if (byKey.size > MEMO_ENTRIES) byKey.delete(byKey.keys().next().value as string);
  }
  return byKey.get(key)?.map((result) => ({ ...result, ...(result.path ? { path: [...context.path, ...result.path] } : {}) }));
}

/** What `oasExample` and `oasSchema` read of the document: its formats and JSON Schema dialect. */
function documentKey(context: FunctionContext): string {
  // No formats at all (null) and an empty set differ for oasSchema: keep them apart.
  const known = context.document.formats;
  const formats = known ? [...known].map((format) => {
    const named = format as { displayName?: string; name?: string };
    return named.displayName ?? named.name ?? '?';
  }).sort() : null;
  const data = context.document.data;
  const dialect = data !== null && typeof data === 'object' ? (data as { jsonSchemaDialect?: unknown }).jsonSchemaDialect : undefined;
  return JSON.stringify([formats, typeof dialect === 'string' ? dialect : null]);
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
