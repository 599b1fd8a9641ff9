// analyze: what Spectral lints of a JSON file, built from the loader's `JSON.parse` and the text
// alone. Spectral needs the data with keys in the order written and a locator for its results;
// both used to come from its positioned parse (a node for every value: 0.7–0.8 s and about
// 300 MB a side on GitHub's description). The text locator gives the same answers
// (test/specs/json-text-locator.test.ts) and reads only the objects a result or the key order
// asks about.
import type { IParserResult, IRange } from '@stoplight/types';
import { inWrittenOrder } from './document-order.js';
import type { ParsedJsonFile } from '../../specs/parsed-file.js';

export interface JsonTextTarget {
  /**
   * `parsed` as Spectral reads it (`data` and `diagnostics` only): the data in written order, no
   * diagnostics (`JSON.parse` accepted the text), an empty tree and no line map.
   */
  parsed: IParserResult<unknown>;
  /** Spectral's `getLocationForJsonPath`, over the text. */
  locate(path: ReadonlyArray<string | number>, closest: boolean): { range: IRange } | undefined;
}

const targets = new WeakMap<ParsedJsonFile, JsonTextTarget>();

/**
 * Built once per file: every lint run of a review (whole-document, local) shares it, and it reads
 * the file's own locator, the one the loader's positions (the diff's lines) read.
 */
export function jsonTextTarget(file: ParsedJsonFile): JsonTextTarget {
  let target = targets.get(file);
  if (target === undefined) {
    const locator = file.textLocator();
    target = {
      parsed: { data: inWrittenOrder(file.data, locator.writtenKeys), diagnostics: [], ast: {}, lineMap: undefined },
      locate: (path, closest) => {
        const range = locator.rangeOf(path, closest);
        return range === undefined ? undefined : { range };
      },
    };
    targets.set(file, target);
  }
  return target;
}
