// Tests over the real material beside the project (`../shared`: the corpus, the oasdiff
// reference) run where it exists and are skipped where it does not (a plain clone, CI). A skip
// must not be silent: the run's output names the skipped test and the missing path, so a green
// run that measured nothing real is visible as such.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared` beside the project's root. */
export const sharedRoot = fileURLToPath(new URL('../../shared/', import.meta.url));

/** A path inside `../shared`, e.g. `sharedPath('corpus', 'ghes', 'base.json')`. */
export function sharedPath(...segments: string[]): string {
  return join(sharedRoot, ...segments);
}

/** Whether `path` exists; when not, prints one line naming `test` and the missing path. */
export function hasSharedMaterial(path: string, test: string, warn: (line: string) => void = (line) => console.warn(line)): boolean {
  if (existsSync(path)) return true;
  warn(`skipped: ${test} (needs ${path}, which is absent)`);
  return false;
}
