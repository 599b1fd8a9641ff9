// parse: the JSON helpers of Spectral's own JSON parser (@stoplight/spectral-parsers ->
// @stoplight/json), loaded as it loads them: the positioned parse whose tree locates results,
// and the order-keeping objects whose order Spectral reads back under a symbol that module
// instance names.
import { createRequire } from 'node:module';
import type { IParserResult } from '@stoplight/types';

interface PositionedParseOptions {
  /** Duplicate keys reported as diagnostics (the loader refuses such files before this). */
  ignoreDuplicateKeys: boolean;
  /** Every object of `data` made an order-keeping proxy. */
  preserveKeyOrder: boolean;
}

// Required on first use, not on import: a `diff` of JSON descriptions never needs either, and
// loading Spectral's JSON and YAML parsers cost each thread of it a few hundred milliseconds.
let jsonRequire: NodeJS.Require | undefined;
function requireFromSpectralJson(id: string): unknown {
  if (jsonRequire === undefined) {
    const parsersRequire = createRequire(createRequire(import.meta.url).resolve('@stoplight/spectral-parsers'));
    jsonRequire = createRequire(parsersRequire.resolve('@stoplight/json'));
  }
  return jsonRequire(id);
}

export function parseWithPointers(text: string, options: PositionedParseOptions): IParserResult<unknown> {
  const json = requireFromSpectralJson('@stoplight/json') as { parseWithPointers: typeof parseWithPointers };
  return json.parseWithPointers(text, options);
}

/** An object whose keys are listed in `order` (by `Object.keys` and Spectral's `trapAccess`). */
export function orderedObject(target: object, order: PropertyKey[]): object {
  return (requireFromSpectralJson('@stoplight/ordered-object-literal') as { default: (target: object, order: PropertyKey[]) => object }).default(target, order);
}
