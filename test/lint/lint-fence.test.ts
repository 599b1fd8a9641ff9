// The lint engine's fence: code outside src/lint reaches lint through src/lint/index.ts only, the
// fence is a lint rule that fails a build, and each door of the entry is used by someone.
import { ESLint } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as lintEntry from '../../src/lint/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const lintFolder = join(root, 'src/lint');
const entryFile = join(lintFolder, 'index.ts');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Static, side-effect and dynamic imports of relative modules, with the names a static import takes. */
function relativeImports(file: string): Array<{ target: string; names: string[] }> {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/import\s*(?:type\s*)?(?:\{([^}]*)\}\s*from\s*)?\(?\s*'(\.[^']+)'/g)];
  return found.map(([, names = '', specifier]) => ({
    target: resolve(dirname(file), specifier!.replace(/\.js$/, '.ts')),
    names: names.split(',').map((name) => name.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]!).filter((name) => name !== ''),
  }));
}

/** The lines of `probe` (lines of source, linted as the file at `where`) that the import fence refuses. */
async function refusedImportLines(probe: string[], where: string): Promise<number[]> {
  const [result] = await new ESLint({ cwd: root }).lintText(probe.join('\n'), { filePath: join(root, where) });
  return result!.messages.filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports').map((message) => message.line);
}

const outside = sourceFiles(join(root, 'src')).filter((file) => !file.startsWith(lintFolder + '/'));

// Spectral's parsers, whose data shapes only src/lint may know (src/specs takes its parse, opaque,
// from the entry). Named in any string, so a `require` or `resolve` by name counts too.
const spectralParserPackage = /['"](@stoplight\/(spectral-parsers|json|yaml|yaml-ast-parser|types|ordered-object-literal)|jsonc-parser)['"]/;

describe('the lint fence', () => {
  it('finds the imports it checks (the checks below can fail)', () => {
    const intoLint = outside.flatMap(relativeImports).filter(({ target }) => target.startsWith(lintFolder + '/'));
    expect(intoLint.length).toBeGreaterThan(10);
  });

  it('code outside src/lint imports lint from src/lint/index.ts only', () => {
    const crossings = outside.flatMap((file) =>
      relativeImports(file)
        .filter(({ target }) => target.startsWith(lintFolder + '/') && target !== entryFile)
        .map(({ target }) => `${relative(root, file)} -> ${relative(root, target)}`),
    );
    expect(crossings).toEqual([]);
  });

  it('every function and value the entry offers is used outside src/lint', () => {
    const used = new Set(outside.flatMap(relativeImports).filter(({ target }) => target === entryFile).flatMap(({ names }) => names));
    expect(Object.keys(lintEntry).filter((name) => !used.has(name))).toEqual([]);
  });

  it('only src/lint names Spectral\'s parser packages (the check can fail: src/lint does)', () => {
    const naming = (files: string[]): string[] => files.filter((file) => spectralParserPackage.test(readFileSync(file, 'utf8'))).map((file) => relative(root, file));
    expect(naming(outside)).toEqual([]);
    expect(naming(sourceFiles(lintFolder))).toContain('src/lint/spectral-patches/spectral-parse.ts');
  });

  // Spectral's parser packages are refused outright (types included); its engine is refused as a
  // value, its types pass (line 3 of the engine probe).
  const parserProbe = [
    "import spectralParsers from '@stoplight/spectral-parsers';",
    "import type { IParserResult } from '@stoplight/types';",
    'export const uses: unknown[] = [spectralParsers];',
    'export type Uses = IParserResult<unknown>;',
  ];
  const engineProbe = [
    "import { Ruleset } from '@stoplight/spectral-core';",
    "import { asyncapi } from '@stoplight/spectral-rulesets';",
    "import type { Rule } from '@stoplight/spectral-core';",
    'export const uses: unknown[] = [Ruleset, asyncapi];',
    'export type Uses = Rule;',
  ];
  it.each([
    { fenced: 'parser packages', probe: parserProbe, where: 'src/specs/fence-probe.ts', refused: [1, 2] },
    { fenced: 'parser packages', probe: parserProbe, where: 'src/github/fence-probe.ts', refused: [1, 2] },
    { fenced: 'parser packages', probe: parserProbe, where: 'src/lint/fence-probe.ts', refused: [] },
    { fenced: 'engine', probe: engineProbe, where: 'src/formats/fence-probe.ts', refused: [1, 2] },
    { fenced: 'engine', probe: engineProbe, where: 'src/github/fence-probe.ts', refused: [1, 2] },
    { fenced: 'engine', probe: engineProbe, where: 'src/lint/fence-probe.ts', refused: [] },
  ])("eslint refuses Spectral's $fenced in $where unless it is in src/lint", async ({ probe, where, refused }) => {
    expect(await refusedImportLines(probe, where)).toEqual(refused);
  });

  it('eslint refuses an import past the entry, and allows the entry', async () => {
    const probe = [
      "import { lintChange } from '../lint/incremental/lint-change.js';",
      "import type { LintFinding } from '../lint/lint-finding.js';",
      "import { lintSpec } from '../lint/index.js';",
      'export const uses: unknown[] = [lintChange, lintSpec];',
      'export type Uses = LintFinding;',
    ];
    expect(await refusedImportLines(probe, 'src/review/fence-probe.ts')).toEqual([1, 2]);
  });
});
