// collect: a Protobuf file and every file its imports reach, read through the revision's
// FileSource (never fetched), relative to the module root buf would use: the folder of the
// nearest `buf.yaml` (a v2 `modules[].path` inside it when one holds the file), else the folder
// that the file's `package` mirrors, else the nearest folder from which its imports all resolve.
import { posix } from 'node:path';
import type { FileSource } from '../../specs/file-source.js';
import { decodeText } from '../../specs/parse-file.js';
import { normalizeRepoPath } from '../../specs/repo-path.js';

export interface ProtoModule {
  /** Repository-relative folder the imports are resolved against ('' for the repository root). */
  root: string;
  /** Module-relative path -> text: the file itself and everything it imports. */
  files: Map<string, string>;
  /** The `breaking` and `lint` sections of the repository's buf.yaml, when there is one. */
  bufConfig: BufConfigSections;
  /** Imports found nowhere in the repository (buf reports them when it compiles). */
  missingImports: string[];
}

export interface BufConfigSections {
  breaking?: RuleSelection;
  lint?: RuleSelection;
}

export interface RuleSelection {
  use?: string[];
  except?: string[];
}

/** Files a Protobuf compiler provides itself: never looked for in the repository. */
const builtIn = /^google\/protobuf\/[\w/]+\.proto$/;
const maxFiles = 500;

export async function readProtoModule(source: FileSource, path: string, text: string): Promise<ProtoModule> {
  const buf = await nearestBufYaml(source, path);
  const root = buf?.root ?? (await inferredRoot(source, path, text));
  const files = new Map<string, string>([[relativeTo(root, path), text]]);
  const missingImports: string[] = [];
  const queue = [text];
  while (queue.length > 0 && files.size < maxFiles) {
    for (const imported of importsOf(queue.shift() as string)) {
      if (files.has(imported) || builtIn.test(imported)) continue;
      const repoPath = normalizeRepoPath(root === '' ? imported : `${root}/${imported}`);
      const bytes = repoPath === undefined ? undefined : await source.read(repoPath);
      const importedText = bytes === undefined ? undefined : decodeText(bytes);
      if (importedText === undefined) {
        missingImports.push(imported);
        continue;
      }
      files.set(imported, importedText);
      queue.push(importedText);
    }
  }
  return { root, files, bufConfig: buf?.sections ?? {}, missingImports };
}

export function relativeTo(root: string, path: string): string {
  return root === '' ? path : path.slice(root.length + 1);
}

function importsOf(text: string): string[] {
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  return [...withoutComments.matchAll(/^\s*import\s+(?:public\s+|weak\s+)?["']([^"']+)["']\s*;/gm)].map((match) => match[1] as string);
}

/** Without a buf.yaml: the package's folder, else the deepest ancestor that resolves every import. */
async function inferredRoot(source: FileSource, path: string, text: string): Promise<string> {
  const imports = importsOf(text).filter((imported) => !builtIn.test(imported));
  const fromPackage = packageRoot(path, text);
  const candidates = [...(fromPackage === undefined ? [] : [fromPackage]), ...ancestorsOf(path)];
  for (const candidate of candidates) {
    const resolved = await Promise.all(imports.map(async (imported) => (await source.read(candidate === '' ? imported : `${candidate}/${imported}`)) !== undefined));
    if (resolved.every(Boolean)) return candidate;
  }
  return fromPackage ?? ancestorsOf(path)[0] ?? '';
}

/** `a/b/c.proto` -> `a/b`, `a`, '' (the repository root). */
function ancestorsOf(path: string): string[] {
  const folders: string[] = [];
  for (let folder = posix.dirname(path); folder !== '.' && folder !== '/'; folder = posix.dirname(folder)) folders.push(folder);
  return [...folders, ''];
}

/** `acme/user/v1/user.proto` declaring `package acme.user.v1;` has its module root above `acme/`. */
function packageRoot(path: string, text: string): string | undefined {
  const declared = /^\s*package\s+([\w.]+)\s*;/m.exec(text)?.[1];
  if (!declared) return undefined;
  const folder = posix.dirname(path);
  const packageFolder = declared.split('.').join('/');
  if (folder === packageFolder) return '';
  return folder.endsWith(`/${packageFolder}`) ? folder.slice(0, -packageFolder.length - 1) : undefined;
}

async function nearestBufYaml(source: FileSource, path: string): Promise<{ root: string; sections: BufConfigSections } | undefined> {
  for (let folder = posix.dirname(path); ; folder = posix.dirname(folder)) {
    const dir = folder === '.' ? '' : folder;
    const bytes = await source.read(dir === '' ? 'buf.yaml' : `${dir}/buf.yaml`);
    const text = bytes === undefined ? undefined : decodeText(bytes);
    // The YAML parser is loaded only when a buf.yaml exists: `diff` of JSON files never loads it.
    if (text !== undefined) return readBufYaml(text, dir, path, (await import('yaml')).parse);
    if (dir === '') return undefined;
  }
}

/** Only data is taken from buf.yaml: module paths and rule selections. Dependencies are never fetched. */
function readBufYaml(text: string, dir: string, path: string, parseYaml: typeof import('yaml').parse): { root: string; sections: BufConfigSections } {
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: 10 });
  } catch {
    return { root: dir, sections: {} };
  }
  const record = isRecord(data) ? data : {};
  const modules = Array.isArray(record.modules) ? record.modules.filter(isRecord) : [];
  const join = (sub: string): string => normalizeRepoPath(dir === '' ? sub : `${dir}/${sub}`) ?? dir;
  const holding = modules.map((module) => (typeof module.path === 'string' ? join(module.path) : dir)).find((root) => root === '' || path.startsWith(`${root}/`));
  const holdingModule = modules.find((module) => typeof module.path === 'string' && join(module.path) === holding);
  return {
    root: holding ?? dir,
    sections: { breaking: selection(holdingModule?.breaking ?? record.breaking), lint: selection(holdingModule?.lint ?? record.lint) },
  };
}

/** Rule and category ids only (`FILE`, `FIELD_NO_DELETE`): anything else in the file is ignored. */
function selection(value: unknown): RuleSelection | undefined {
  if (!isRecord(value)) return undefined;
  const ids = (list: unknown): string[] | undefined =>
    Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string' && /^[A-Z][A-Z0-9_]*$/.test(item)) : undefined;
  const use = ids(value.use);
  const except = ids(value.except);
  return { ...(use ? { use } : {}), ...(except ? { except } : {}) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
