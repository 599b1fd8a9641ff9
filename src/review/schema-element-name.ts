// assess: the name a consumer knows a schema property by, for the migration plan. A property that
// lives in a component schema reads as `Order.total` wherever the engine walked to it (through an
// error envelope, an array, a composition); only an inline schema keeps the route the message gives.
import type { JsonPath } from '../specs/source-location.js';

/** Keywords that lead into a subschema without being a name the consumer uses. */
const transparent = new Set(['allOf', 'oneOf', 'anyOf']);

/**
 * `Order.total` for `components.schemas.Order.properties.total`, `Order.lines[].sku` through an
 * array; `undefined` when the path is not a property of a component schema or takes a turn
 * (`not`, `additionalProperties`, …) that a dotted name would hide.
 */
export function schemaElementName(path: JsonPath): string | undefined {
  const at = path.lastIndexOf('schemas');
  if (at < 1 || path[at - 1] !== 'components' || typeof path[at + 1] !== 'string') return undefined;
  let name = String(path[at + 1]);
  let sawProperty = false;
  for (let index = at + 2; index < path.length; index += 1) {
    const segment = path[index];
    if (segment === 'properties' && typeof path[index + 1] === 'string') {
      name += `.${String(path[index + 1])}`;
      sawProperty = true;
      index += 1;
    } else if (segment === 'items') name += '[]';
    else if (typeof segment === 'string' && transparent.has(segment) && typeof path[index + 1] === 'number') index += 1;
    else return undefined;
  }
  return sawProperty ? name : undefined;
}
