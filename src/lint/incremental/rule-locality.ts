// analyze: which rules of a ruleset can be run on a reduced document. A rule is unit-local when
// each result it reports depends only on the value it targets (followed through `$ref`s) and
// that target lies inside one unit or a top-level key; every other rule — duplicate
// operationIds, unused components, tag and security definitions, whole-document schema checks,
// filters reading `@root` — is whole-document and runs on the full document.
import type { Rule } from '@stoplight/spectral-core';
import { VALUE_FUNCTIONS } from '../spectral-patches/value-functions.js';

/** Top-level keys that hold units: a rule aimed at one of these maps as a whole reads many units. */
const UNIT_MAPS = new Set(['paths', 'webhooks', 'components', 'definitions', 'parameters', 'responses']);

const UNIT_MAP_PATTERN = 'paths|webhooks|components|schemas|parameters|responses|headers|examples|requestBodies|securitySchemes|links|callbacks|definitions';
/** `$.paths[...]`, `$.components.schemas..x`: below a member of a unit map. */
const INSIDE_UNIT = new RegExp(`^\\$\\.(paths|webhooks|definitions|parameters|responses)(\\[|\\.\\.)|^\\$\\.components\\.[A-Za-z]+(\\[|\\.\\.)`);
/** `$.paths`, `$.components.schemas`: a unit map itself. */
const UNIT_MAP = /^\$\.(paths|webhooks|definitions|parameters|responses|components(\.[A-Za-z]+)?)$/;
/** `$..x` ending on a name that can be a unit map (`$..parameters`): it targets the map whole. */
const DESCENDANT_MAP = new RegExp(`\\.\\.(${UNIT_MAP_PATTERN})$`);

type Then = Rule['then'][number];

export function isUnitLocalRule(rule: Rule, givens: readonly string[]): boolean {
  if (!rule.then.every((then) => VALUE_FUNCTIONS.has(functionName(then)))) return false;
  return givens.every((given) => isLocalGiven(given, rule.then));
}

function isLocalGiven(given: string, thens: readonly Then[]): boolean {
  // `^` after a segment is JSONPath's parent: from a unit's top it would reach the reduced map.
  if (/@root|\$\$root|@parent|[\]\w*)]\^/.test(given)) return false;
  if (given.startsWith('$..')) return !DESCENDANT_MAP.test(given);
  if (INSIDE_UNIT.test(given)) return true;
  // A unit map: local only when every `then` narrows to single members (`field: '@key'`, a name).
  if (UNIT_MAP.test(given)) return thens.every((then) => then.field !== undefined && !then.field.startsWith('$'));
  if (given === '$') return thens.every((then) => then.field !== undefined && isTopLevelField(then.field));
  const top = /^\$\.([A-Za-z0-9_-]+)/.exec(given)?.[1];
  return top !== undefined && !UNIT_MAPS.has(top);
}

/** `info.contact`, `servers`, `host`: a field below one top-level key that is not a unit map. */
function isTopLevelField(field: string): boolean {
  if (field.startsWith('$') || field.startsWith('@')) return false;
  const first = field.split('.')[0] ?? '';
  return first !== '' && !UNIT_MAPS.has(first);
}

function functionName(then: Then): string {
  const fn: unknown = then.function;
  return typeof fn === 'function' ? fn.name : '';
}
