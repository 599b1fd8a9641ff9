// analyze: type and format changes, judged on the lattice in the direction of the site:
// `*-type-changed`, `-generalized`, `-specialized` or `-compatible` (text locations).
import { isScalarToFormExplodeArray } from './form-explode-widening.js';
import type { NodeComparison } from './node-comparison.js';
import { stringKeyword, valueTypes, type SchemaObject } from './schema-object.js';
import {
  formatChanged,
  parameterPropertyTypeVerdict,
  parameterTypeVerdict,
  requestTypeVerdict,
  responseTypeVerdict,
  typeChanged,
  type TypeChange,
} from './type-lattice.js';

export function compareType(comparison: NodeComparison): void {
  const change: TypeChange = {
    baseTypes: valueTypes(comparison.base),
    headTypes: valueTypes(comparison.head),
    baseFormat: stringKeyword(comparison.base, 'format') ?? '',
    headFormat: stringKeyword(comparison.head, 'format') ?? '',
  };
  if (!typeChanged(change) && !formatChanged(change)) return;
  const detail = `type/format changed from ${describe(comparison.base)} to ${describe(comparison.head)}`;
  comparison.aspect(`type-${verdict(comparison, change)}`, detail);
}

function verdict(comparison: NodeComparison, change: TypeChange): string {
  const { site, root } = comparison.position;
  if (site.subject === 'parameter' && root) {
    const judged = parameterTypeVerdict(change);
    return judged === 'changed' && isScalarToFormExplodeArray(comparison) ? 'generalized' : judged;
  }
  if (site.subject === 'parameter') return parameterPropertyTypeVerdict(change);
  if (site.subject === 'header') return responseTypeVerdict(change, false);
  return site.direction === 'request'
    ? requestTypeVerdict(change, comparison.state.stronglyTyped)
    : responseTypeVerdict(change, comparison.state.stronglyTyped);
}

function describe(schema: SchemaObject): string {
  const types = valueTypes(schema);
  const format = stringKeyword(schema, 'format');
  const type = types.length === 0 ? 'any' : types.join(', ');
  return `\`${format === undefined ? type : `${type}/${format}`}\``;
}
