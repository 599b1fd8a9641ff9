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

const parsersRequire = createRequire(createRequire(import.meta.url).resolve('@stoplight/spectral-parsers'));
const jsonRequire = createRequire(parsersRequire.resolve('@stoplight/json'));

export const { parseWithPointers } = jsonRequire('@stoplight/json') as {
  parseWithPointers: (text: string, options: PositionedParseOptions) => IParserResult<unknown>;
};

/** An object whose keys are listed in `order` (by `Object.keys` and Spectral's `trapAccess`). */
export const orderedObject = (jsonRequire('@stoplight/ordered-object-literal') as { default: (target: object, order: PropertyKey[]) => object }).default;
