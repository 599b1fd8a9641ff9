// analyze: which rules of a ruleset can be run on a reduced document. A rule is unit-local when
// each result it reports depends only on the value it targets (followed through `$ref`s) and
// that target lies inside one unit or a top-level key; every other rule — duplicate
// operationIds, unused components, tag and security definitions, whole-document schema checks,
// filters reading `@root` — is whole-document and runs on the full document.
import type { Rule } from '@stoplight/spectral-core';
import { VALUE_FUNCTIONS } from '../spectral-patches/value-functions.js';
import { MEMBER_MAPS } from './document-units.js';
import { apiSchemaBounds } from '../guidelines/schema-bounds.js';

/** Top-level keys that hold units (document-units.ts): a rule aimed at one of these maps as a whole reads many units. */
const UNIT_MAPS: ReadonlySet<string> = new Set([...MEMBER_MAPS, 'components']);
/** The kinds of `components` (each a map of units) that can close a `$..` path; `pathItems` is 3.1's. */
const COMPONENT_KINDS = ['schemas', 'parameters', 'responses', 'headers', 'examples', 'requestBodies', 'securitySchemes', 'links', 'callbacks', 'pathItems'];

const MEMBER_MAP_PATTERN = [...MEMBER_MAPS].join('|');
const UNIT_MAP_PATTERN = [...new Set([...UNIT_MAPS, ...COMPONENT_KINDS])].join('|');
/** `$.paths[...]`, `$.components.schemas..x`: below a member of a unit map. */
const INSIDE_UNIT = new RegExp(`^\\$\\.(${MEMBER_MAP_PATTERN})(\\[|\\.\\.)|^\\$\\.components\\.[A-Za-z]+(\\[|\\.\\.)`);
/** `$.paths`, `$.components.schemas`: a unit map itself. */
const UNIT_MAP = new RegExp(`^\\$\\.(${MEMBER_MAP_PATTERN}|components(\\.[A-Za-z]+)?)$`);
/** `$..x` ending on a name that can be a unit map (`$..parameters`): it targets the map whole. */
const DESCENDANT_MAP = new RegExp(`\\.\\.(${UNIT_MAP_PATTERN})$`);

type Then = Rule['then'][number];

export function isUnitLocalRule(rule: Rule, givens: readonly string[]): boolean {
  if (isUnitWiseRule(rule, givens)) return true;
  if (!rule.then.every((then) => VALUE_FUNCTIONS.has(functionName(then)))) return false;
  return givens.every((given) => isLocalGiven(given, rule.then));
}

/**
 * Our guideline functions that a rule runs over the whole document as written (`given: $`,
 * `resolved: false`) and that report each finding from one unit's own value, at a path inside that
 * unit (`apiSchemaBounds` reads every schema where it is written): over a reduced document they
 * report, for each unit kept, what they report for it over the whole one. Known by identity, not
 * by name: the bundled CLI renames our functions.
 */
const UNIT_WISE_FUNCTIONS: ReadonlySet<unknown> = new Set([apiSchemaBounds]);

/**
 * A rule that hands the whole unresolved document to functions reporting unit by unit
 * (UNIT_WISE_FUNCTIONS): unit-local, though its `given` is the root.
 */
export function isUnitWiseRule(rule: Rule, givens: readonly string[]): boolean {
  return (
    rule.resolved === false &&
    givens.length > 0 &&
    givens.every((given) => given === '$') &&
    rule.then.every((then) => then.field === undefined && UNIT_WISE_FUNCTIONS.has(then.function))
  );
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
