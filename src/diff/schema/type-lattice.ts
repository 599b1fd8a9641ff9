// analyze: oasdiff's type/format lattice. `integer` is within `number`; formats widen along
// int32 -> int64 -> bigint, float -> double, date|time -> date-time; dropping a format or the whole
// type widens. Outside strongly typed JSON every value is text, so anything may become a string.
// Requests are judged toward the head (can every old value still be sent?), responses toward the
// base (is every new value one the client could already read?).

export interface TypeChange {
  baseTypes: readonly string[];
  headTypes: readonly string[];
  baseFormat: string;
  headFormat: string;
}

export type RequestTypeVerdict = 'changed' | 'compatible' | 'generalized';
export type ResponseTypeVerdict = 'changed' | 'generalized' | 'compatible' | 'specialized';
export type ParameterPropertyTypeVerdict = 'changed' | 'specialized' | 'generalized';

const formatWidenings: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  number: [['float', 'double']],
  integer: [['int32', 'int64'], ['int32', 'bigint'], ['int64', 'bigint']],
  string: [['date', 'date-time'], ['time', 'date-time']],
};

export function typeChanged(change: TypeChange): boolean {
  return !sameSet(change.baseTypes, change.headTypes);
}

export function formatChanged(change: TypeChange): boolean {
  return change.baseFormat !== change.headFormat;
}

export function requestTypeVerdict(change: TypeChange, stronglyTyped: boolean): RequestTypeVerdict {
  if (requestBreaking(change, stronglyTyped)) return 'changed';
  if (typeChanged(change) && bothTyped(change) && !isSubset(change.baseTypes, change.headTypes)) return 'compatible';
  return 'generalized';
}

export function responseTypeVerdict(change: TypeChange, stronglyTyped: boolean): ResponseTypeVerdict {
  if (responseBreaking(change, stronglyTyped)) {
    return typeChanged(change) && isSubset(change.baseTypes, change.headTypes) ? 'generalized' : 'changed';
  }
  if (typeChanged(change) && bothTyped(change) && !isSubset(change.headTypes, change.baseTypes)) return 'compatible';
  return 'specialized';
}

/** A parameter's own value is text on the wire: a binary verdict. */
export function parameterTypeVerdict(change: TypeChange): 'changed' | 'generalized' {
  return breakingToward(toHead(change), typeChanged(change), false) ? 'changed' : 'generalized';
}

/**
 * A property of an object-valued parameter may be serialized as JSON or as text; oasdiff
 * checks both readings and warns (`changed`) when they disagree.
 */
export function parameterPropertyTypeVerdict(change: TypeChange): ParameterPropertyTypeVerdict {
  const strong = breakingToward(toHead(change), typeChanged(change), true);
  const text = breakingToward(toHead(change), typeChanged(change), false);
  if (strong !== text) return 'changed';
  return strong ? 'specialized' : 'generalized';
}

interface Direction {
  added: readonly string[];
  deleted: readonly string[];
  fromFormat: string;
  toFormat: string;
  toTypes: readonly string[];
  formatChanged: boolean;
}

function toHead(change: TypeChange): Direction {
  return {
    added: minus(change.headTypes, change.baseTypes),
    deleted: minus(change.baseTypes, change.headTypes),
    fromFormat: change.baseFormat,
    toFormat: change.headFormat,
    toTypes: change.headTypes,
    formatChanged: formatChanged(change),
  };
}

function toBase(change: TypeChange): Direction {
  return {
    added: minus(change.baseTypes, change.headTypes),
    deleted: minus(change.headTypes, change.baseTypes),
    fromFormat: change.headFormat,
    toFormat: change.baseFormat,
    toTypes: change.baseTypes,
    formatChanged: formatChanged(change),
  };
}

function requestBreaking(change: TypeChange, stronglyTyped: boolean): boolean {
  // Gaining types (the head accepts every old type) is safe for a request on the type axis.
  const typeAxis = typeChanged(change) && !isSubset(change.baseTypes, change.headTypes);
  if (typeAxis && change.headTypes.length === 0) return false;
  return breakingToward(toHead(change), typeAxis, stronglyTyped);
}

function responseBreaking(change: TypeChange, stronglyTyped: boolean): boolean {
  const typeAxis = typeChanged(change) && !isSubset(change.headTypes, change.baseTypes);
  if (typeAxis && change.baseTypes.length === 0) return false;
  return breakingToward(toBase(change), typeAxis, stronglyTyped);
}

function breakingToward(direction: Direction, typeAxis: boolean, stronglyTyped: boolean): boolean {
  const typeBreaking = typeAxis && !typeContained(direction.added, direction.deleted, stronglyTyped);
  const formatBreaking =
    direction.formatChanged && !formatContained(direction.toTypes, direction.toFormat, direction.fromFormat);
  return typeBreaking || formatBreaking;
}

/** Whether every value of each `from` type is a value of some `to` type (no `to` types: anything). */
export function typesContained(to: readonly string[], from: readonly string[], stronglyTyped: boolean): boolean {
  if (to.length === 0) return true;
  return from.every((type) => to.some((other) => isSubtype(type, other)) || (!stronglyTyped && to.includes('string')));
}

/** Whether every value of the `from` types is still a value of the `to` types. */
function typeContained(to: readonly string[], from: readonly string[], stronglyTyped: boolean): boolean {
  const [onlyTo] = to;
  const [onlyFrom] = from;
  if (to.length === 1 && from.length === 1 && onlyTo !== undefined && onlyFrom !== undefined && isSubtype(onlyFrom, onlyTo)) {
    return true;
  }
  if (!stronglyTyped) return to.length === 0 || (to.length === 1 && onlyTo === 'string');
  return false;
}

function formatContained(toTypes: readonly string[], toFormat: string, fromFormat: string): boolean {
  if (toFormat === '') return true;
  const [type] = toTypes;
  if (toTypes.length !== 1 || type === undefined) return false;
  return (formatWidenings[type] ?? []).some(([from, to]) => from === fromFormat && to === toFormat);
}

function isSubtype(sub: string, sup: string): boolean {
  return sub === sup || (sub === 'integer' && sup === 'number');
}

/** `sub` is non-empty and each of its types is within some type of `sup`. */
function isSubset(sub: readonly string[], sup: readonly string[]): boolean {
  return sub.length > 0 && sub.every((type) => sup.some((other) => isSubtype(type, other)));
}

function bothTyped(change: TypeChange): boolean {
  return change.baseTypes.length > 0 && change.headTypes.length > 0;
}

function minus(from: readonly string[], remove: readonly string[]): string[] {
  return from.filter((type) => !remove.includes(type));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((type) => b.includes(type));
}
