// analyze: the parsers of the two JSONPath engines Spectral evaluates a ruleset's paths with,
// loaded from the very files Spectral runs. nimma compiles a rule's `given` into a function
// (its filters become JavaScript), and hands the paths it cannot compile to jsonpath-plus, which
// also evaluates `then.field`. The safety check (jsonpath-safety.ts) reads every path with these
// parsers, so what it checks is what would run: no second grammar to disagree with.
import './native-nimma.js'; // first: Spectral must find nimma's native build (native-nimma.ts)
import { dirname, join } from 'node:path';
import { requireAsDependencyOf } from './dependency-require.js';
import { spectralUsesNativeNimma } from './native-nimma.js';

/** A step of a path as nimma's grammar (`parser.peg`) produces it. */
export interface NimmaPathNode {
  type: string;
  /** A member name, a slice, or a filter's text (`ScriptFilterExpression`). */
  value?: unknown;
  deep?: boolean;
}

/** A node of a filter's expression tree, as nimma's configured jsep produces it. */
export interface FilterNode {
  type: string;
  [field: string]: unknown;
}

interface PegParser {
  parse(input: string): NimmaPathNode[];
}
interface JsonPathPlus {
  JSONPath: { toPathArray(expression: string): unknown[] };
}

const fromSpectral = requireAsDependencyOf('@stoplight/spectral-core');
// The build Spectral's runner compiles with: the native one once native-nimma.ts switched it.
const nimmaBuild = dirname(fromSpectral.resolve(spectralUsesNativeNimma() ? 'nimma' : 'nimma/legacy'));
// nimma's package exports do not list these two files; they are loaded by file, as nimma loads them.
const pathParser = fromSpectral(join(nimmaBuild, 'parser', 'parser.js')) as PegParser;
const filterParser = (fromSpectral(join(nimmaBuild, 'parser', 'jsep.js')) as { default: (text: string) => FilterNode }).default;
const jsonPathPlus = fromSpectral('jsonpath-plus') as JsonPathPlus;

/** nimma's reading of a path; throws a SyntaxError when nimma cannot parse it (Spectral then falls back to jsonpath-plus). */
export function parseNimmaPath(expression: string): NimmaPathNode[] {
  return pathParser.parse(expression);
}

/** nimma's reading of a filter's text (what it turns into JavaScript); throws when jsep cannot parse it. */
export function parseNimmaFilter(text: string): FilterNode {
  return filterParser(text);
}

/** jsonpath-plus's steps for a path: a step starting `?(` is a filter it evaluates, `(` a script. */
export function jsonPathPlusSteps(expression: string): unknown[] {
  return jsonPathPlus.JSONPath.toPathArray(expression);
}
