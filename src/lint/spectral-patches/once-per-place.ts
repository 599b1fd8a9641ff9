// analyze: Spectral runs a resolved rule over the document with every `$ref` inlined, so a schema
// shared by 500 operations is visited 500 times. Each visit gives the same results, which
// Spectral maps back to the same place in the file, locates, formats and only then
// de-duplicates: on GitHub's description a property-casing rule alone spends 40 s doing so. In an
// incremental run this lets each rule's function run once per place in the file; a later visit of
// the same place returns nothing. That is exact for the functions wrapped here: their results
// depend on nothing but the value at the place (the same object however it is reached) and their
// options, plus, for `oasExample`, whether the path is a request or a response (part of the key).
// Where Spectral would map a result back differently by route, visits are not merged: a route
// through a `$ref` is mapped through URI-encoded pointers that are not decoded again, so a key
// such as `+1` or `{id}` after the `$ref` lands elsewhere than on a direct route, and a result
// below a missing key is named from the route's own segments. Such a visit, and every visit of a
// place whose first results hold such a key or a missing one, is evaluated as Spectral does.
// A plain `lintSpec` runs Spectral untouched.
import type { Rule } from '@stoplight/spectral-core';
import { parsePointer } from '../../specs/json-pointer.js';
import { wrapRuleFunctions } from './rule-function-wrappers.js';
import { TARGET_ONLY_FUNCTIONS } from './value-functions.js';

type Segment = string | number;
interface FunctionContext {
  path: Segment[];
  document: { parserResult?: unknown };
}

/** What one marked run remembers: its unresolved root data and the places each `then` has seen. */
interface RunState {
  data: unknown;
  /** By `then`: each place seen, and whether later visits of it are merged into the first. */
  seen: WeakMap<object, Map<string, 'merged' | 'each'>>;
  ids: WeakMap<object, number>;
  nextId: number;
  pointers: Map<string, unknown>;
  route: Route;
}

/**
 * The walk of the last path looked up, one step per segment: Spectral visits depth-first, so the
 * next path mostly shares its beginning, and the walk resumes where the two part.
 */
interface Route {
  /** How many steps below are valid. */
  length: number;
  segments: Segment[];
  /** Before step `i`: the node reached (its `$ref`s not yet followed) and the route's flags. */
  nodes: unknown[];
  throughRef: boolean[];
  plain: boolean[];
}

const runs = new WeakMap<object, RunState>();
const wrapped = new WeakSet<object>();

/** Marks a run (by the parsed result handed to Spectral) whose rules may skip repeated places. */
export function allowOncePerPlace(target: object, data: unknown): void {
  runs.set(target, newRunState(data));
}

/** The place key of resolved paths in `data` (see `placeOf`), for one run. */
export function placeFinder(data: unknown): (path: readonly Segment[], exampleOptions?: unknown) => string | undefined {
  const state = newRunState(data);
  return (path, exampleOptions) => placeOf(state, path, exampleOptions);
}

function newRunState(data: unknown): RunState {
  return { data, seen: new WeakMap(), ids: new WeakMap(), nextId: 0, pointers: new Map(), route: { length: 0, segments: [], nodes: [], throughRef: [], plain: [] } };
}

/** Wraps the functions of resolved rules in place, once; outside a marked run the wrapper calls through. */
export function installOncePerPlace(rules: Iterable<Rule>): void {
  wrapRuleFunctions<FunctionContext>(rules, wrapped, (original, then, rule) => {
    // The unresolved document has each place once already.
    if (rule.resolved === false || !TARGET_ONLY_FUNCTIONS.has(original.name)) return undefined;
    return function (this: unknown, value: unknown, options: unknown, context: FunctionContext): unknown {
      const state = runOf(context);
      const place = state && placeOf(state, context.path, original.name === 'oasExample' ? options : undefined);
      if (state === undefined || place === undefined) return original.call(this, value, options, context);
      let seen = state.seen.get(then);
      if (seen === undefined) state.seen.set(then, (seen = new Map()));
      const earlier = seen.get(place);
      if (earlier === 'merged') return undefined;
      const results = original.call(this, value, options, context);
      if (earlier === undefined) seen.set(place, mappedAlikeOnEveryRoute(results, value, context.path) ? 'merged' : 'each');
      return results;
    };
  });
}

function runOf(context: FunctionContext): RunState | undefined {
  const target = context.document.parserResult;
  return target !== null && typeof target === 'object' ? runs.get(target) : undefined;
}

/**
 * The place a resolved path denotes in the file: the container its last segment sits in (reached
 * by following each `$ref` on the way, as Spectral does to locate results) and that segment.
 * Undefined when the path cannot be followed locally (a `$ref` to another file): no skipping.
 */
function placeOf(state: RunState, path: readonly Segment[], exampleOptions?: unknown): string | undefined {
  if (path.length === 0) return 'root';
  const { route } = state;
  // Resume at the first segment that differs from the last path (the steps before it are alike).
  const resumable = Math.min(path.length - 1, route.length - 1);
  let index = 0;
  while (index < resumable && route.segments[index] === path[index]) index += 1;
  let node: unknown = index === 0 ? state.data : route.nodes[index];
  // Whether the route went through a `$ref`, and whether all since the last one is plain.
  let throughRef = index === 0 ? false : (route.throughRef[index] as boolean);
  let plain = index === 0 ? true : (route.plain[index] as boolean);
  for (; ; index += 1) {
    route.segments[index] = path[index] as Segment;
    route.nodes[index] = node;
    route.throughRef[index] = throughRef;
    route.plain[index] = plain;
    route.length = index + 1;
    for (let hops = 0; node !== null && typeof node === 'object' && typeof (node as { $ref?: unknown }).$ref === 'string'; hops += 1) {
      const ref = (node as { $ref: string }).$ref;
      if (!ref.startsWith('#') || hops === 64) return undefined;
      throughRef = true;
      plain = !ref.includes('%');
      node = pointerTarget(state, ref);
    }
    if (node === null || typeof node !== 'object') return undefined;
    const segment = path[index] as Segment;
    plain &&= isPlainSegment(segment);
    if (index === path.length - 1) break;
    node = member(node, segment);
  }
  if (throughRef && !plain) return undefined;
  const place = `${idOf(state, node as object)}/${String(path[path.length - 1])}`;
  return exampleOptions === undefined ? place : `${place}|${mediaSide(path, exampleOptions)}`;
}

/** Characters Spectral's pointer encoding leaves as they are (`~` and `/` are escaped and restored). */
const PLAIN_SEGMENT = /^[A-Za-z0-9_.!~*'()/-]*$/;

const plainSegments = new Map<string, boolean>();

function isPlainSegment(segment: Segment): boolean {
  if (typeof segment === 'number') return true;
  let plain = plainSegments.get(segment);
  if (plain === undefined) {
    plain = PLAIN_SEGMENT.test(segment);
    if (plainSegments.size < 100_000) plainSegments.set(segment, plain);
  }
  return plain;
}

/**
 * True when Spectral maps these results (of the target at `target`) to the same places whatever
 * the route: none at all, or each at or below the target through plain keys that exist in its value.
 */
function mappedAlikeOnEveryRoute(results: unknown, value: unknown, target: readonly Segment[]): boolean {
  if (results === undefined) return true;
  if (!Array.isArray(results)) return false;
  return results.every((result: { path?: Segment[] }) => {
    if (result.path !== undefined && !target.every((segment, index) => result.path?.[index] === segment)) return false;
    const below = result.path === undefined ? [] : result.path.slice(target.length);
    let node = value;
    for (const segment of below) {
      if (!isPlainSegment(segment) || node === null || typeof node !== 'object') return false;
      node = member(node, segment);
    }
    return node !== undefined;
  });
}

/**
 * `oasExample` relaxes `required` by whether the media object is a request or a response, which
 * it reads from the resolved path (`paths/*\/*\/requestBody`, `components/responses`, ...).
 */
function mediaSide(path: readonly Segment[], options: unknown): string {
  const type = options !== null && typeof options === 'object' ? (options as { type?: unknown }).type : undefined;
  if (type !== 'media') return '';
  return path[0] === 'paths' ? `paths/${String(path[3])}` : `${String(path[0])}/${String(path[1])}`;
}

function pointerTarget(state: RunState, ref: string): unknown {
  if (state.pointers.has(ref)) return state.pointers.get(ref);
  let node: unknown = state.data;
  for (const segment of parsePointer(ref)) node = node !== null && typeof node === 'object' ? member(node, segment) : undefined;
  state.pointers.set(ref, node);
  return node;
}

function member(node: object, segment: Segment): unknown {
  return Object.hasOwn(node, segment) ? (node as Record<Segment, unknown>)[segment] : undefined;
}

function idOf(state: RunState, node: object): number {
  let id = state.ids.get(node);
  if (id === undefined) {
    id = state.nextId += 1;
    state.ids.set(node, id);
  }
  return id;
}
