// parse: the order-keeping objects of Spectral's own JSON parser (@stoplight/spectral-parsers ->
// @stoplight/json -> @stoplight/ordered-object-literal), loaded as it loads them: Spectral reads
// their order back under a symbol that module instance names.
import { createRequire } from 'node:module';

// Required on first use, not on import: a `diff` of JSON descriptions never needs it, and
// loading Spectral's parsers cost each thread of it a few hundred milliseconds.
let jsonRequire: NodeJS.Require | undefined;
function requireFromSpectralJson(id: string): unknown {
  if (jsonRequire === undefined) {
    const parsersRequire = createRequire(createRequire(import.meta.url).resolve('@stoplight/spectral-parsers'));
    jsonRequire = createRequire(parsersRequire.resolve('@stoplight/json'));
  }
  return jsonRequire(id);
}

/** An object whose keys are listed in `order` (by `Object.keys` and Spectral's `trapAccess`). */
export function orderedObject(target: object, order: PropertyKey[]): object {
  return (requireFromSpectralJson('@stoplight/ordered-object-literal') as { default: (target: object, order: PropertyKey[]) => object }).default(target, order);
}
