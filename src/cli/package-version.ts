// The version printed by `--version` and written into SARIF, read from package.json once. The
// file is found by walking up from this module, because the built CLI is bundled (scripts/
// bundle-entries.mjs) and this code may sit at another depth of `dist/` than in `src/`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageName = 'api-review-bot';
let version: string | undefined;

export function packageVersion(): string {
  version ??= ownManifest().version;
  return version;
}

function ownManifest(): { version: string } {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const path = join(folder, 'package.json');
    if (existsSync(path)) {
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as { name?: string; version: string };
      if (manifest.name === packageName) return manifest;
    }
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`the ${packageName} package.json is missing from the installed package`);
    folder = parent;
  }
}
