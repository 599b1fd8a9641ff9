// analyze: one ruleset file (YAML or JSON) turned into a Spectral ruleset definition, as data
// only. Function names become Spectral's built-in functions, format names its detectors, and
// `extends` is resolved here: to a bundled ruleset or to another file read through the same
// FileSource. Custom functions, remote rulesets, paths out of the repository and JSONPath
// expressions that would compile to code (jsonpath-safety.ts) are refused, so nothing from the
// reviewed repository ever runs.
import './spectral-patches/native-nimma.js'; // first: Spectral must find nimma's native build (native-nimma.ts)
import { assertValidRuleset } from '@stoplight/spectral-core';
import Parsers from '@stoplight/spectral-parsers';
import type { IParserResult } from '@stoplight/types';
import type { FileSource } from '../specs/file-source.js';
import { decodeText } from '../specs/parse-file.js';
import { resolveRepoPath } from '../specs/repo-path.js';
import type { JsonPath } from '../specs/source-location.js';
import { builtinFormat } from './builtin-formats.js';
import { builtinFunction, builtinFunctionNames } from './builtin-functions.js';
import { BUILTIN_RULESET_NAMES, builtinRuleset } from './builtin-rulesets.js';
import { fieldRefusal, givenRefusal } from './jsonpath-safety.js';
import { localFolderSource } from '../specs/local-folder-source.js';
import { packageRoot } from '../package-root.js';
import { SHIPPED_RULESET_LABEL, SHIPPED_RULESET_PATH } from './shipped-ruleset.js';
import type { RulesetProblem } from './loaded-ruleset.js';
import { describeValidationError, validationErrors } from './validation-errors.js';

type Data = Record<string, unknown>;

/** A ruleset file with its definition and a way to place a JSON path of it on a line. */
export interface RulesetFile {
  path: string;
  definition: Data;
  lineOf(path: JsonPath): number | undefined;
}

export type RulesetFileRead = { ok: true; file: RulesetFile } | { ok: false; problems: RulesetProblem[] };

/**
 * `repository` for every ruleset a user names; `package` only for the guidelines we ship, whose
 * filters are our own code (they call string methods a repository's ruleset may not).
 */
export type RulesetTrust = 'repository' | 'package';

const DATA_RULESET = /\.(ya?ml|json)$/i;
const FORBIDDEN_KEYS: Readonly<Record<string, string>> = {
  functions: 'custom functions are not allowed (a ruleset is data: use Spectral\'s built-in functions)',
  functionsDir: 'custom functions are not allowed (a ruleset is data: use Spectral\'s built-in functions)',
};

/**
 * Reads `path` from `source` and every file it extends. `stack` holds the files being read
 * above this one, to refuse cycles.
 */
export async function readRulesetFile(
  source: FileSource,
  path: string,
  trust: RulesetTrust = 'repository',
  stack: readonly string[] = [],
): Promise<RulesetFileRead> {
  const from = stack[stack.length - 1];
  if (!DATA_RULESET.test(path)) {
    return failure(from ?? path, `${path}: only YAML or JSON rulesets are read (a JavaScript ruleset would run code)`);
  }
  const bytes = await source.read(path);
  if (bytes === undefined) return failure(from ?? path, `${path} does not exist in ${source.label}`);
  const text = decodeText(bytes);
  if (text === undefined) return failure(path, 'not UTF-8 text');
  const parsed = parseRuleset(path, text);
  if (!parsed.ok) return parsed;
  const { data, lineOf } = parsed;
  const problems: RulesetProblem[] = [];
  const report = (at: JsonPath, message: string): void => {
    const line = lineOf(at);
    problems.push(line === undefined ? { file: path, message } : { file: path, line, message });
  };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return failure(path, 'not a ruleset: expected a mapping with `extends`, `rules` or `overrides`');
  }
  const context: TranslateContext = { source, path, trust, stack: [...stack, path], report };
  const definition = await translateRuleset(data as Data, [], context);
  if (problems.length === 0) validateDefinition(definition, report);
  const all = [...problems, ...(context.nested ?? [])];
  return all.length > 0 ? { ok: false, problems: all } : { ok: true, file: { path, definition, lineOf } };
}

interface TranslateContext {
  source: FileSource;
  path: string;
  trust: RulesetTrust;
  stack: string[];
  report(at: JsonPath, message: string): void;
  /** Problems of extended files, which carry their own file names. */
  nested?: RulesetProblem[];
}

type ParsedRuleset = { ok: true; data: unknown; lineOf(path: JsonPath): number | undefined } | { ok: false; problems: RulesetProblem[] };

function parseRuleset(path: string, text: string): ParsedRuleset {
  const parser = /\.json$/i.test(path) ? Parsers.Json : Parsers.Yaml;
  const result = parser.parse(text) as IParserResult<unknown>;
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 0);
  if (errors.length > 0) {
    return {
      ok: false,
      problems: errors.map((error) => ({ file: path, line: error.range.start.line + 1, message: `not valid ${parser === Parsers.Json ? 'JSON' : 'YAML'}: ${error.message}` })),
    };
  }
  const locate = parser.getLocationForJsonPath as (result: IParserResult<unknown>, path: JsonPath, closest?: boolean) => { range: { start: { line: number } } } | undefined;
  return {
    ok: true,
    data: result.data,
    lineOf: (at) => {
      const location = locate(result, [...at], true);
      return location === undefined ? undefined : location.range.start.line + 1;
    },
  };
}

async function translateRuleset(data: Data, at: JsonPath, context: TranslateContext): Promise<Data> {
  const definition: Data = {};
  for (const [key, value] of Object.entries(data)) {
    const forbidden = FORBIDDEN_KEYS[key];
    if (forbidden !== undefined) {
      context.report([...at, key], `\`${key}\`: ${forbidden}`);
      continue;
    }
    definition[key] = await translateEntry(key, value, [...at, key], context);
  }
  return definition;
}

async function translateEntry(key: string, value: unknown, at: JsonPath, context: TranslateContext): Promise<unknown> {
  switch (key) {
    case 'extends':
      return translateExtends(value, at, context);
    case 'rules':
      return isRecord(value) ? mapValues(value, (rule, name) => translateRule(rule, [...at, name], context)) : value;
    case 'formats':
      return translateFormats(value, at, context);
    case 'aliases':
      return isRecord(value) ? mapValues(value, (alias, name) => translateAlias(alias, [...at, name], context)) : value;
    case 'overrides':
      return Array.isArray(value)
        ? Promise.all(value.map((override, index) => (isRecord(override) ? translateRuleset(override, [...at, index], context) : override)))
        : value;
    default:
      return value;
  }
}

async function translateExtends(value: unknown, at: JsonPath, context: TranslateContext): Promise<unknown> {
  if (!Array.isArray(value)) return resolveExtend(value, at, context);
  return Promise.all(
    value.map(async (entry, index) => {
      if (Array.isArray(entry) && entry.length === 2) {
        return [await resolveExtend(entry[0], [...at, index, 0], context), entry[1]];
      }
      return resolveExtend(entry, [...at, index], context);
    }),
  );
}

async function resolveExtend(name: unknown, at: JsonPath, context: TranslateContext): Promise<unknown> {
  if (typeof name !== 'string') return name;
  const builtin = builtinRuleset(name);
  if (builtin !== undefined) return builtin;
  // The guidelines we ship, so a team can extend them and tune a few rules rather than copy them.
  if (name === SHIPPED_RULESET_LABEL) return shippedDefinition(at, context);
  const allowed = `allowed: ${[...BUILTIN_RULESET_NAMES, SHIPPED_RULESET_LABEL].join(', ')} or a relative YAML/JSON file in the repository`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(name) || name.startsWith('//')) {
    context.report(at, `extends "${name}": remote or unknown rulesets are never fetched (${allowed})`);
    return {};
  }
  if (!DATA_RULESET.test(name)) {
    context.report(at, `extends "${name}": packages and JavaScript rulesets are not loaded (${allowed})`);
    return {};
  }
  const target = resolveRepoPath(context.path, name);
  if (target === undefined) {
    context.report(at, `extends "${name}": the path leaves the repository, which is never read (${allowed})`);
    return {};
  }
  if (context.stack.includes(target)) {
    context.report(at, `extends "${name}": ${[...context.stack, target].join(' -> ')} is a cycle`);
    return {};
  }
  const read = await readRulesetFile(context.source, target, context.trust, context.stack);
  if (!read.ok) {
    // A missing file is the extending file's problem, placed on its `extends` line.
    const missing = read.problems.every((problem) => problem.file === context.path && problem.line === undefined);
    if (missing) for (const problem of read.problems) context.report(at, problem.message);
    else (context.nested ??= []).push(...read.problems);
    return {};
  }
  return read.file.definition;
}

async function shippedDefinition(at: JsonPath, context: TranslateContext): Promise<unknown> {
  const read = await readRulesetFile(localFolderSource(packageRoot(), 'api-review-bot'), SHIPPED_RULESET_PATH, 'package');
  if (read.ok) return read.file.definition;
  context.report(at, `extends "${SHIPPED_RULESET_LABEL}": the shipped ruleset does not load`);
  return {};
}

async function translateRule(rule: unknown, at: JsonPath, context: TranslateContext): Promise<unknown> {
  if (!isRecord(rule)) return rule;
  const name = `rule "${String(at[at.length - 1])}"`;
  checkGivens(rule.given, [...at, 'given'], name, context);
  const translated: Data = { ...rule };
  if ('then' in rule) {
    translated.then = Array.isArray(rule.then)
      ? rule.then.map((then, index) => translateThen(then, [...at, 'then', index], name, context))
      : translateThen(rule.then, [...at, 'then'], name, context);
  }
  if ('formats' in rule) translated.formats = translateFormats(rule.formats, [...at, 'formats'], context);
  return translated;
}

function translateThen(then: unknown, at: JsonPath, rule: string, context: TranslateContext): unknown {
  if (isRecord(then) && typeof then.field === 'string') checkPath(fieldRefusal(then.field), `${rule}: field "${then.field}"`, [...at, 'field'], context);
  if (!isRecord(then) || typeof then.function !== 'string') return then;
  const fn = builtinFunction(then.function);
  if (fn === undefined) {
    context.report([...at, 'function'], `function "${then.function}" is not one of Spectral's built-in functions (${builtinFunctionNames().join(', ')}); custom functions are not allowed`);
    return then;
  }
  return { ...then, function: fn };
}

function translateFormats(value: unknown, at: JsonPath, context: TranslateContext): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((name, index) => {
    if (typeof name !== 'string') return name;
    const format = builtinFormat(name);
    if (format === undefined) context.report([...at, index], `format "${name}" is unknown`);
    return format ?? name;
  });
}

function translateAlias(alias: unknown, at: JsonPath, context: TranslateContext): unknown {
  const name = `alias "${String(at[at.length - 1])}"`;
  if (!isRecord(alias) || !Array.isArray(alias.targets)) {
    checkGivens(alias, at, name, context);
    return alias;
  }
  alias.targets.forEach((target, index) => {
    if (isRecord(target)) checkGivens(target.given, [...at, 'targets', index, 'given'], name, context);
  });
  return {
    ...alias,
    targets: alias.targets.map((target, index) =>
      isRecord(target) ? { ...target, formats: translateFormats(target.formats, [...at, 'targets', index, 'formats'], context) } : target,
    ),
  };
}

/** Refuses each JSONPath of a `given` (a string or a list) that could run code. */
function checkGivens(given: unknown, at: JsonPath, owner: string, context: TranslateContext): void {
  const entries = Array.isArray(given) ? given.map((expression, index) => [expression, [...at, index]] as const) : [[given, at] as const];
  for (const [expression, expressionAt] of entries) {
    if (typeof expression === 'string') checkPath(givenRefusal(expression), `${owner}: given "${expression}"`, expressionAt, context);
  }
}

function checkPath(refusal: string | undefined, what: string, at: JsonPath, context: TranslateContext): void {
  // Our shipped guidelines are package code; everything else is the reviewed repository's data.
  if (refusal !== undefined && context.trust === 'repository') context.report(at, `${what} ${refusal}`);
}

async function mapValues(record: Data, translate: (value: unknown, key: string) => unknown): Promise<Data> {
  const entries = await Promise.all(Object.entries(record).map(async ([key, value]) => [key, await translate(value, key)] as const));
  return Object.fromEntries(entries);
}

/**
 * Spectral's own schema check, file by file so each problem names the file it is in. Extended
 * rulesets were validated when they were read, so `extends` is left out, as Spectral does.
 */
function validateDefinition(definition: Data, report: (at: JsonPath, message: string) => void): void {
  const { extends: _extended, ...own } = definition;
  try {
    assertValidRuleset('extends' in definition ? { extends: [], ...own } : own, 'js');
  } catch (error) {
    for (const single of validationErrors(error)) report(single.path, describeValidationError(single));
  }
}

function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function failure(file: string, message: string): RulesetFileRead {
  return { ok: false, problems: [{ file, message }] };
}
