// analyze: the ruleset a review lints with. By default the guidelines we ship; a ruleset file
// (`--ruleset FILE`, config `ruleset:`) replaces them; a repository's own `.spectral.*` is used
// only when the config asks for it. Whatever the origin, a ruleset is read as data only.
import './spectral-patches/native-nimma.js'; // first: Spectral must find nimma's native build (native-nimma.ts)
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ruleset } from '@stoplight/spectral-core';
import type { FileSource } from '../specs/file-source.js';
import { localFolderSource } from '../specs/local-folder-source.js';
import type { LoadedRuleset, RulesetLoad, RulesetProblem } from './loaded-ruleset.js';
import { unsafeEvaluatedPaths } from './evaluated-paths.js';
import { readRulesetFile, type RulesetFile, type RulesetTrust } from './read-ruleset-file.js';
import { parseRuleGuides, type RuleGuide } from './rule-guide.js';
import { packageRoot } from '../package-root.js';
import { GUIDELINES_PATH, SHIPPED_RULESET_LABEL, SHIPPED_RULESET_PATH } from './shipped-ruleset.js';
import { describeValidationError, validationErrors } from './validation-errors.js';
import { toVirtualPath } from './virtual-root.js';

export type RulesetChoice =
  /** The guidelines shipped in `rules/api-guidelines.yaml`. */
  | { kind: 'shipped' }
  /** A ruleset file, read with its relative `extends` through `source`. */
  | { kind: 'file'; source: FileSource; path: string }
  /** The repository's own `.spectral.yaml|yml|json`; the shipped guidelines when it has none. */
  | { kind: 'repository'; source: FileSource };

export const REPOSITORY_RULESET_FILES = ['.spectral.yaml', '.spectral.yml', '.spectral.json'] as const;

export async function loadRuleset(choice: RulesetChoice): Promise<RulesetLoad> {
  const guides = await shippedGuides();
  switch (choice.kind) {
    case 'shipped':
      return loadFile(localFolderSource(packageRoot(), 'api-review-bot'), SHIPPED_RULESET_PATH, SHIPPED_RULESET_LABEL, guides, 'package');
    case 'file':
      return loadFile(choice.source, choice.path, choice.path, guides);
    case 'repository': {
      const found = await findRepositoryRuleset(choice.source);
      if (found !== undefined) return loadFile(choice.source, found, found, guides);
      const shipped = await loadRuleset({ kind: 'shipped' });
      // Said in the label rather than silently: the user asked for their own ruleset.
      if (shipped.ok) shipped.ruleset.label = `${SHIPPED_RULESET_LABEL} (no ${REPOSITORY_RULESET_FILES.join(', ')} in ${choice.source.label})`;
      return shipped;
    }
  }
}

async function loadFile(
  source: FileSource,
  path: string,
  label: string,
  guides: ReadonlyMap<string, RuleGuide>,
  trust: RulesetTrust = 'repository',
): Promise<RulesetLoad> {
  const read = await readRulesetFile(source, path, trust);
  if (!read.ok) return read;
  const built = buildRuleset(read.file);
  if (!built.ok) return built;
  if (trust === 'repository') {
    const unsafe = unsafeEvaluatedPaths(built.ruleset);
    if (unsafe.length > 0) return { ok: false, problems: unsafe.map(({ message }) => ({ file: path, message })) };
  }
  const ruleset: LoadedRuleset = { label, ruleset: built.ruleset, guides };
  return { ok: true, ruleset };
}

function buildRuleset(file: RulesetFile): { ok: true; ruleset: Ruleset } | { ok: false; problems: RulesetProblem[] } {
  try {
    return { ok: true, ruleset: new Ruleset(file.definition, { severity: 'recommended', source: toVirtualPath(file.path) }) };
  } catch (error) {
    const problems = validationErrors(error).map((single): RulesetProblem => {
      const line = single.path.length > 0 ? file.lineOf(single.path) : undefined;
      const message = describeValidationError(single);
      return line === undefined ? { file: file.path, message } : { file: file.path, line, message };
    });
    return { ok: false, problems };
  }
}

async function findRepositoryRuleset(source: FileSource): Promise<string | undefined> {
  for (const candidate of REPOSITORY_RULESET_FILES) {
    if ((await source.read(candidate)) !== undefined) return candidate;
  }
  return undefined;
}

/** Guides come with the package; a build without docs/ still lints, `explain` falls back to the rule. */
async function shippedGuides(): Promise<ReadonlyMap<string, RuleGuide>> {
  try {
    return parseRuleGuides(await readFile(join(packageRoot(), GUIDELINES_PATH), 'utf8'));
  } catch {
    return new Map();
  }
}
