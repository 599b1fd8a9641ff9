// parse: read a root API description and every file its `$ref`s reach, through a FileSource.
// Remote references are never fetched and references out of the repository never read: both
// become problems naming the file and the line, as do parse errors and exceeded limits.
import type swagger2openapi from 'swagger2openapi';
import type { Limits } from '../config/config-schema.js';
import { limitsSchema } from '../config/config-schema.js';
import { detectVersion } from './detect-version.js';
import { isHttpMethod } from './http-methods.js';
import type { FileSource } from './file-source.js';
import { valueAt } from './json-pointer.js';
import type { LoadedSpec, SpecVersion } from './loaded-spec.js';
import { parseFile } from './parse-file.js';
import type { ParsedFile } from './parsed-file.js';
import { findRefCycles } from './ref-cycles.js';
import { refTarget } from './ref-target.js';
import { boundRegExpBacktracking } from './regexp-backtracking.js';
import type { JsonPath, SourceLocation } from './source-location.js';
import type { SpecProblem, SpecProblemCode } from './spec-problem.js';
import { isNeverADocument } from './spec-relevance.js';
import { swagger2PathFor } from './swagger2-locations.js';
import { convertKeepingProtoKeys } from './swagger2-proto-keys.js';

export interface LoadOptions {
  limits?: Partial<Limits>;
  /**
   * `asyncapi` loads an AsyncAPI document the same way (positions, `$ref` files, limits) without
   * asking it to be OpenAPI; its engine in src/formats/asyncapi/ reads it.
   */
  kind?: 'openapi' | 'asyncapi';
}

// Every spec the CLI or the App reviews enters here, before the linter compiles its patterns.
boundRegExpBacktracking();


export async function loadSpec(source: FileSource, rootPath: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const limits = limitsSchema.parse(options.limits ?? {});
  const files = new Map<string, ParsedFile>();
  const problems: SpecProblem[] = [];
  const problem = (code: SpecProblemCode, message: string, at: SourceLocation): void => {
    // A plain copy: a reference's location is read here, once (locatedWhenRead below).
    problems.push({ code, message, source: { ...at }, fatal: true });
  };

  const root = await readParsed(source, rootPath, limits, problem, { file: rootPath, line: 1 });
  if (!root) return failedSpec(rootPath, files, problems);
  files.set(rootPath, root);

  const version = options.kind === 'asyncapi' ? asyncApiVersion(root.data) : detectVersion(root.data);
  if (!version.ok) {
    problem('not-an-api-description', `${rootPath} ${version.message}`, { file: rootPath, line: 1 });
    return failedSpec(rootPath, files, problems);
  }

  await loadReferencedFiles(source, root, files, limits, problem);
  if (problems.length === 0) checkOperationCount(root, limits, problem);

  const converted = version.version === '2.0' ? await convertSwagger2(root, problem) : undefined;
  const document = (converted ?? root.data) as Record<string, unknown>;
  return {
    root: rootPath,
    version: version.version,
    document,
    files,
    problems,
    locate: (file, path) => locateIn(files, file, converted && file === rootPath ? swagger2PathFor(path) : path),
  };
}

type ProblemSink = (code: SpecProblemCode, message: string, at: SourceLocation) => void;

async function readParsed(
  source: FileSource,
  path: string,
  limits: Limits,
  problem: ProblemSink,
  referencedFrom: SourceLocation,
): Promise<ParsedFile | undefined> {
  const knownSize = await source.size?.(path);
  if (knownSize !== undefined && knownSize > limits.bytes_per_file) return tooLarge(path, knownSize, limits, problem);
  const bytes = await source.read(path);
  if (bytes === undefined) {
    const where = referencedFrom.file === path ? '' : ` (referenced from ${referencedFrom.file}:${referencedFrom.line})`;
    problem('file-missing', `${path} does not exist in ${source.label}${where}`, referencedFrom);
    return undefined;
  }
  if (bytes.byteLength > limits.bytes_per_file) return tooLarge(path, bytes.byteLength, limits, problem);
  const outcome = parseFile(path, bytes, { yamlAliases: limits.yaml_aliases, depth: limits.depth });
  if (!outcome.ok) {
    problem(outcome.reason, `${path} ${outcome.message}`, { file: path, line: outcome.line });
    return undefined;
  }
  return outcome.file;
}

/** AsyncAPI keeps `version` at its nearest OpenAPI kin: a JSON Schema dialect, never converted. */
function asyncApiVersion(data: unknown): ReturnType<typeof detectVersion> {
  const declared = data !== null && typeof data === 'object' ? (data as Record<string, unknown>).asyncapi : undefined;
  if (typeof declared !== 'string' || !/^[23]\.\d+(\.\d+)?$/.test(declared)) {
    return { ok: false, message: 'is not an AsyncAPI 2.x or 3.x document: its `asyncapi` field is missing or unsupported' };
  }
  return { ok: true, version: '3.0' };
}

function tooLarge(path: string, size: number, limits: Limits, problem: ProblemSink): undefined {
  problem('file-too-large', `${path} has ${size} bytes, over the limit of ${limits.bytes_per_file} (limits.bytes_per_file)`, { file: path, line: 1 });
  return undefined;
}

/** Breadth-first over every `$ref` of every loaded file; each file is read once. */
async function loadReferencedFiles(
  source: FileSource,
  root: ParsedFile,
  files: Map<string, ParsedFile>,
  limits: Limits,
  problem: ProblemSink,
): Promise<void> {
  const queue: ParsedFile[] = [root];
  const unreadable = new Set<string>();
  const pendingPointers: { file: string; path: string[]; from: SourceLocation; ref: string }[] = [];
  while (queue.length > 0) {
    const file = queue.shift() as ParsedFile;
    const refs = collectRefs(file, limits.depth, problem);
    for (const { ref, at } of refs) {
      const from = locatedWhenRead(file, [...at, '$ref']);
      const target = refTarget(file.path, ref);
      if (target.kind === 'remote') {
        problem('ref-remote', `remote $ref "${ref}" is never fetched; bundle the target into the repository`, from);
        continue;
      }
      if (target.kind === 'outside') {
        problem('ref-outside-repository', `$ref "${ref}" leaves the repository root and is never read`, from);
        continue;
      }
      // Never read, so that a change to such a file can be known to leave every spec alone (spec-relevance.ts).
      if (isNeverADocument(target.file)) {
        problem('ref-not-a-document', `$ref "${ref}" names a file that is not a YAML or JSON document (by its extension) and is never read`, from);
        continue;
      }
      pendingPointers.push({ file: target.file, path: target.path, from, ref });
      if (files.has(target.file) || unreadable.has(target.file)) continue;
      if (files.size >= limits.files) {
        problem('limit-exceeded', `the spec reaches more than ${limits.files} files through $ref (limits.files)`, from);
        return;
      }
      const loaded = await readParsed(source, target.file, limits, problem, from);
      if (!loaded) {
        unreadable.add(target.file);
        continue;
      }
      files.set(target.file, loaded);
      queue.push(loaded);
    }
  }
  for (const pending of pendingPointers) {
    const file = files.get(pending.file);
    if (!file) continue;
    if (valueAt(file.data, pending.path) === undefined) {
      problem(
        'ref-missing',
        `$ref "${pending.ref}" points at nothing: ${pending.file} has no such location`,
        pending.from,
      );
    }
  }
  const starts = pendingPointers.map((pending) => ({ file: pending.from.file, ref: pending.ref, from: pending.from }));
  for (const cycle of findRefCycles(files, starts)) {
    problem('ref-cycle', `$ref cycle ${[...cycle.chain, cycle.chain[0]].join(' -> ')} never reaches a value`, cycle.from);
  }
}

/**
 * Where a `$ref` stands, its line found only when read. Locating in a large file reads through
 * its text (a JSON file) or its positioned YAML parse, and a load whose references all resolve
 * reports nothing, so it never needs a line. Read once, the line is kept as a plain value.
 */
function locatedWhenRead(file: ParsedFile, at: JsonPath): SourceLocation {
  let line: number | undefined;
  return {
    file: file.path,
    get line(): number {
      line ??= file.lineOf(at);
      return line;
    },
  };
}

interface FoundRef {
  ref: string;
  at: JsonPath;
}

/** Every `$ref` string in a file, with where it stands; also enforces the nesting limit. */
function collectRefs(file: ParsedFile, maxDepth: number, problem: ProblemSink): FoundRef[] {
  const found: FoundRef[] = [];
  const path: (string | number)[] = [];
  let tooDeep = false;
  const visit = (value: unknown): void => {
    if (tooDeep || value === null || typeof value !== 'object') return;
    if (path.length > maxDepth) {
      tooDeep = true;
      problem('limit-exceeded', `${file.path} nests deeper than ${maxDepth} levels (limits.depth)`, {
        file: file.path,
        line: file.lineOf(path),
      });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        path.push(index);
        visit(item);
        path.pop();
      });
      return;
    }
    const record = value as Record<string, unknown>;
    const unsafe = unsafeKeyOf(record);
    if (unsafe) {
      tooDeep = true; // stops the walk: one problem per file is enough
      problem('parse-error', `${file.path} uses the key "${unsafe.key}", which ${unsafe.why}; rename it`, { file: file.path, line: file.lineOf(path) });
      return;
    }
    if (typeof record.$ref === 'string') found.push({ ref: record.$ref, at: [...path] });
    for (const key of Object.keys(record)) {
      if (key === '$ref') continue;
      path.push(key);
      visit(record[key]);
      path.pop();
    }
  };
  visit(file.data);
  return found;
}

/**
 * Keys the libraries we keep cannot take: Spectral's `$ref` resolver calls `hasOwnProperty` on
 * every object it crawls, which a member of that name hides. Refused with a sentence, rather
 * than failing inside the linter with none. (`__proto__`, `constructor` and `prototype` are
 * plain members: JSON.parse and the YAML parse, yaml-proto-keys.ts, keep them so.)
 */
function unsafeKeyOf(record: Record<string, unknown>): { key: string; why: string } | undefined {
  if (Object.prototype.hasOwnProperty.call(record, 'hasOwnProperty')) {
    return { key: 'hasOwnProperty', why: 'the linter (Spectral\'s $ref resolver) cannot read' };
  }
  return undefined;
}

function checkOperationCount(root: ParsedFile, limits: Limits, problem: ProblemSink): void {
  const paths = valueAt(root.data, ['paths']);
  if (paths === null || typeof paths !== 'object') return;
  let count = 0;
  for (const item of Object.values(paths as Record<string, unknown>)) {
    if (item && typeof item === 'object') count += Object.keys(item).filter(isHttpMethod).length;
  }
  if (count > limits.operations) {
    problem('limit-exceeded', `${root.path} has ${count} operations, over the limit of ${limits.operations} (limits.operations)`, {
      file: root.path,
      line: root.lineOf(['paths']),
    });
  }
}

async function convertSwagger2(root: ParsedFile, problem: ProblemSink): Promise<Record<string, unknown> | undefined> {
  try {
    // Loaded only for a 2.0 document: most reviews never need the converter.
    const { default: converter } = await import('swagger2openapi');
    // The converter mutates its input: it gets a copy so the original stays what the author wrote.
    const converted = await convertKeepingProtoKeys(root.data, root.text, async (copy) => {
      const result: { openapi: unknown } = await converter.convertObj(copy as Parameters<typeof swagger2openapi.convertObj>[0], {
        patch: true,
        warnOnly: true,
        resolve: false,
      });
      return result.openapi;
    });
    return converted as Record<string, unknown>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problem('conversion-failed', `${root.path} could not be converted from Swagger 2.0: ${message}`, { file: root.path, line: 1 });
    return undefined;
  }
}

function locateIn(files: ReadonlyMap<string, ParsedFile>, file: string, path: JsonPath): SourceLocation {
  const parsed = files.get(file);
  return parsed ? { file, ...parsed.positionOf(path) } : { file, line: 1, column: 1 };
}

function failedSpec(root: string, files: Map<string, ParsedFile>, problems: SpecProblem[]): LoadedSpec {
  return {
    root,
    version: '3.0' as SpecVersion,
    document: {},
    files,
    problems,
    locate: (file, path) => locateIn(files, file, path),
  };
}
