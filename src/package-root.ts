// The folder this package is installed in, and its version: found by walking up from this
// module to our own package.json, so that it works from `src/` (tests, tsx), from `dist/` and
// from the bundled CLI (scripts/bundle-entries.mjs), where code sits at another depth. The
// shipped ruleset, its guide, `--version`, SARIF and the Action all read from here.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageName = 'api-review-bot';
let found: { root: string; version: string } | undefined;

/** The folder holding this package's `package.json`, `rules/` and `docs/`. */
export function packageRoot(): string {
  return ownPackage().root;
}

/** The version in this package's `package.json`. */
export function packageVersion(): string {
  return ownPackage().version;
}

function ownPackage(): { root: string; version: string } {
  if (found) return found;
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const path = join(folder, 'package.json');
    if (existsSync(path)) {
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as { name?: string; version?: string };
      if (manifest.name === packageName) return (found = { root: folder, version: manifest.version ?? '0.0.0' });
    }
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`the ${packageName} package.json is missing from the installed package`);
    folder = parent;
  }
}
