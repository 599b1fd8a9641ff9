// analyze: which JSONPath expressions of a ruleset may be evaluated. Spectral's engine (nimma)
// compiles a `given` with `Function()`, its filters pasted in as JavaScript, so a filter such as
// `[?(@.constructor.constructor('…')())]` in a repository's ruleset would run in the App with
// its secrets. A path is accepted only when both engines that could evaluate it (nimma, and
// jsonpath-plus for what nimma cannot compile and for `then.field`) read it, with their own
// parsers (jsonpath-engines.ts), as selection plus, at most, filters of a small proven-safe
// subset: values read from the node (`@`, `@property`, `@path`, `@.name`, `@['name']`, …)
// compared with literals and joined by `&&`, `||` and `!`. No call, no regex, no assignment:
// evaluating such a filter cannot reach code, whatever the document holds.
import { type FilterNode, jsonPathPlusSteps, parseNimmaFilter, parseNimmaPath } from './spectral-patches/jsonpath-engines.js';

/** What a filter may read: the node, its key, its path, its parent and the document root. */
const READABLE_VALUES: ReadonlySet<string> = new Set(['@', '@property', '@path', '@parent', '@parentProperty', '@root', 'undefined']);
const COMPARISONS: ReadonlySet<string> = new Set(['===', '!==', '==', '!=', '<', '<=', '>', '>=']);
const JOINS: ReadonlySet<string> = new Set(['&&', '||']);
const UNARY: ReadonlySet<string> = new Set(['!', '-', 'void']);
/** Member names that lead out of the document's own data into the prototype chain. */
const PROTOTYPE_MEMBERS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** A member name written `@.name`: plain ASCII, so the generated code reads exactly that member. */
const PLAIN_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Spectral's alias reference (`#Name` at the start of a `given`), as its alias.ts matches it. */
const ALIAS_REFERENCE = /^#[A-Za-z0-9_-]+/;
/**
 * How jsonpath-plus takes a filter step apart before evaluating it (its `_trace`, mirrored): the
 * text between `?(` and `)`, and a nested `[?(…)]` / `['(…)']` inside it, which it evaluates too.
 */
const JSONPATH_PLUS_FILTER_TEXT = /^\?\((.*?)\)$/u;
const JSONPATH_PLUS_NESTED_FILTER = /@.?([^?]*)[['](\??\(.*?\))(?!.\)\])[\]']/u;

export const SAFE_FILTER_SUBSET =
  'filters may only compare @, @property, @path, @parent, @parentProperty, @root, @.name or @[\'name\'] with string, number, boolean or null literals, joined by &&, || and !';

/**
 * Why a rule's `given` (or an alias's) may not be evaluated, or undefined when it may. A `given`
 * that starts with an alias is checked for what it appends to the alias; the alias's own paths
 * are checked where they are defined.
 */
export function givenRefusal(expression: string): string | undefined {
  const alias = ALIAS_REFERENCE.exec(expression);
  if (alias !== null) {
    const appended = expression.slice(alias[0].length);
    return appended === '' ? undefined : pathRefusal(`$${appended}`);
  }
  return pathRefusal(expression);
}

/**
 * Why a `then.field` may not be evaluated. Spectral reads a field starting with `$` with
 * jsonpath-plus, any other field as a plain property path (lodash `get`), which runs nothing.
 */
export function fieldRefusal(field: string): string | undefined {
  return field.startsWith('$') ? jsonPathPlusRefusal(field) : undefined;
}

function pathRefusal(expression: string): string | undefined {
  return nimmaRefusal(expression) ?? jsonPathPlusRefusal(expression);
}

/** nimma's view: the path must parse (else Spectral hands it to jsonpath-plus), its filters be safe. */
function nimmaRefusal(expression: string): string | undefined {
  let nodes;
  try {
    nodes = parseNimmaPath(expression);
  } catch (error) {
    return `is not a JSONPath Spectral's engine can compile (${messageOf(error)})`;
  }
  for (const node of nodes) {
    if (node.type !== 'ScriptFilterExpression') continue;
    const refusal = filterTextRefusal(String(node.value));
    if (refusal !== undefined) return refusal;
  }
  return undefined;
}

/** jsonpath-plus's view: every step it would evaluate as a script must be a safe filter. */
function jsonPathPlusRefusal(expression: string): string | undefined {
  let steps;
  try {
    steps = jsonPathPlusSteps(expression);
  } catch (error) {
    return `is not a JSONPath Spectral's fallback engine can read (${messageOf(error)})`;
  }
  for (const step of steps) {
    if (typeof step !== 'string') continue;
    // A step with commas is a union; jsonpath-plus evaluates each part as a step of its own.
    for (const part of step.includes(',') ? [step, ...step.split(',')] : [step]) {
      const refusal = jsonPathPlusStepRefusal(part);
      if (refusal !== undefined) return refusal;
    }
  }
  return undefined;
}

function jsonPathPlusStepRefusal(step: string): string | undefined {
  if (step.startsWith('(')) return `has a script expression \`[${step}]\`, which runs code; ${SAFE_FILTER_SUBSET}`;
  if (!step.startsWith('?(')) return undefined;
  const text = step.replace(JSONPATH_PLUS_FILTER_TEXT, '$1');
  if (JSONPATH_PLUS_NESTED_FILTER.test(text)) return `has a filter nested in a filter (\`${step}\`); ${SAFE_FILTER_SUBSET}`;
  return filterTextRefusal(text);
}

function filterTextRefusal(text: string): string | undefined {
  let tree;
  try {
    tree = parseNimmaFilter(text);
  } catch (error) {
    return `has a filter \`${text}\` that does not parse (${messageOf(error)})`;
  }
  const reason = filterNodeRefusal(tree);
  return reason === undefined ? undefined : `has a filter \`${text}\` with ${reason}, which could run code; ${SAFE_FILTER_SUBSET}`;
}

/** Why a filter's node is outside the safe subset, or undefined when it is inside. */
function filterNodeRefusal(node: FilterNode): string | undefined {
  switch (node.type) {
    case 'Literal':
      if (!isPlainLiteral(node.value)) return 'a regular expression';
      // The generated code holds the literal as written: an escape could make it mean another name.
      return typeof node.raw === 'string' && node.raw.includes('\\') ? `an escape sequence in ${node.raw}` : undefined;
    case 'Identifier':
      return READABLE_VALUES.has(String(node.name)) ? undefined : `the name \`${String(node.name)}\``;
    case 'MemberExpression':
      return memberRefusal(node);
    case 'UnaryExpression':
      return UNARY.has(String(node.operator)) ? childRefusal(node.argument) : `the operator \`${String(node.operator)}\``;
    case 'BinaryExpression':
    case 'LogicalExpression': {
      const operator = String(node.operator);
      if (!COMPARISONS.has(operator) && !JOINS.has(operator)) return `the operator \`${operator}\``;
      return childRefusal(node.left) ?? childRefusal(node.right);
    }
    case 'CallExpression':
      return 'a function call';
    default:
      return `a ${node.type}`;
  }
}

/** `@.name`, `@['name']`, `@[0]` and chains of them, read from the node's own data. */
function memberRefusal(node: FilterNode): string | undefined {
  const { object, property } = node;
  if (!isFilterNode(object) || !isFilterNode(property)) return 'an incomplete member';
  if (object.type !== 'Identifier' && object.type !== 'MemberExpression') return `a member of a ${object.type}`;
  if (node.computed === true && property.type === 'Literal') {
    const literalRefusal = filterNodeRefusal(property);
    if (literalRefusal !== undefined) return literalRefusal;
  }
  const name = node.computed === true ? (property.type === 'Literal' ? property.value : undefined) : property.type === 'Identifier' ? property.name : undefined;
  if (typeof name === 'number') return filterNodeRefusal(object);
  if (typeof name !== 'string') return 'a computed member';
  if (PROTOTYPE_MEMBERS.has(name)) return `the member \`${name}\``;
  if (node.computed !== true && !PLAIN_NAME.test(name)) return `the member name \`${name}\``;
  return filterNodeRefusal(object);
}

function childRefusal(child: unknown): string | undefined {
  return isFilterNode(child) ? filterNodeRefusal(child) : 'an empty operand';
}

function isFilterNode(value: unknown): value is FilterNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function isPlainLiteral(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] ?? error.name : String(error);
}
