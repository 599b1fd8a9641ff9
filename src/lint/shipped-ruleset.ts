// analyze: where the ruleset we ship lives: `rules/` and `docs/` of this package, found from
// this module's own location so it works from `src/` (tests, tsx) and from `dist/` alike.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHIPPED_RULESET_PATH = 'rules/api-guidelines.yaml';
export const GUIDELINES_PATH = 'docs/guidelines.md';
export const SHIPPED_RULESET_LABEL = 'api-review-bot:api-guidelines';

/** The folder holding this package's `package.json` and `rules/`. */
export function packageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, SHIPPED_RULESET_PATH))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`${SHIPPED_RULESET_PATH} is missing from the installed package`);
    folder = parent;
  }
  return folder;
}
