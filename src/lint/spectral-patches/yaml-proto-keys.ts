// parse: YAML keys named `__proto__` kept as plain members, as `JSON.parse` keeps them. Spectral's
// YAML parser (@stoplight/yaml) builds each mapping by assignment, `container[key] = value`, and
// for `__proto__` that is JavaScript's prototype setter: an object value becomes the container's
// prototype, a scalar is dropped, and every key written after it lands in that prototype object
// (the order-keeping proxy's `set` forwards along the chain). `__proto__` is a legal property name
// in JSON Schema, so such a spec is reviewed, not refused. For a text that has the key at all,
// the parser gets mapping containers whose `__proto__` assignment defines an own member instead;
// everything else about its parse (positions, scalars, anchors, merge keys, key order) is its own.
import { createRequire } from 'node:module';

type ContainerFactory = (target: object, order?: PropertyKey[]) => object;

const PROTO = '__proto__';

// The order-keeping object module as Spectral's YAML parser loads it: the parser looks up its
// `default` export each time it makes a mapping's container.
// Required when a YAML text has the key, not on import (a JSON-only run never loads it).
let loadedOrderedObjects: { default: ContainerFactory } | undefined;
function orderedObjects(): { default: ContainerFactory } {
  if (loadedOrderedObjects === undefined) {
    const yamlRequire = createRequire(createRequire(createRequire(import.meta.url).resolve('@stoplight/spectral-parsers')).resolve('@stoplight/yaml'));
    loadedOrderedObjects = yamlRequire('@stoplight/ordered-object-literal') as { default: ContainerFactory };
  }
  return loadedOrderedObjects;
}

/** Cheap test that keeps the common case on the fast path: no such key, nothing changes. */
export function mayHaveProtoKey(text: string): boolean {
  return text.includes(PROTO);
}

/**
 * Runs `parse` (synchronous: Spectral's YAML parse of one text) with mapping containers that
 * keep a `__proto__` key as an own member.
 */
export function parseKeepingProtoKeys<T>(parse: () => T): T {
  const containers = orderedObjects();
  const makeContainer = containers.default;
  containers.default = (target, order) => keepProtoKey(makeContainer(target, order));
  try {
    return parse();
  } finally {
    containers.default = makeContainer;
  }
}

const keepProtoKeyTraps: ProxyHandler<object> = {
  set(container, key, value) {
    if (key !== PROTO) return Reflect.set(container, key, value);
    // Defined, not assigned: the container's own order-keeping trap lists it in its place.
    return Reflect.defineProperty(container, key, { value, writable: true, enumerable: true, configurable: true });
  },
};

function keepProtoKey(container: object): object {
  return new Proxy(container, keepProtoKeyTraps);
}
