// A synthetic pull request on the largest real description: the GitHub head with one operation
// edited and one added — the size of change most pull requests make, where the incremental lint
// has most to skip. Written once into a temporary folder, deterministically.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Json = Record<string, unknown>;

/** The folder holding `base.json` (the GitHub head as is) and `head.json` (changed), or undefined without the corpus. */
export function smallChangeFolder(corpus: string): string | undefined {
  const source = join(corpus, 'github', 'head.json');
  if (!existsSync(source)) return undefined;
  const folder = join(tmpdir(), 'api-review-bench-small-change');
  if (existsSync(join(folder, 'head.json'))) return folder;
  mkdirSync(folder, { recursive: true });
  const text = readFileSync(source, 'utf8');
  const document = JSON.parse(text) as Json;
  const paths = document.paths as Record<string, Json>;
  const edited = paths['/repos/{owner}/{repo}/issues'] as Json;
  (edited.get as Json).summary = 'List repository issues (edited)';
  paths['/repos/{owner}/{repo}/issues/bulk'] = { post: { ...(edited.post as Json), operationId: 'issues/create-many', summary: 'Create issues' } };
  writeFileSync(join(folder, 'base.json'), text);
  writeFileSync(join(folder, 'head.json'), JSON.stringify(document, null, 2));
  return folder;
}
