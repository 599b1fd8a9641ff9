// collect: whether a changed file could change what an API description says, decided without
// reading it. A `$ref` may name a file of any extension (`schemas/pet.schema`), so a name is no
// proof: only files that by their kind are never a YAML or JSON document — source code, markup,
// media, archives — are ruled out here, and the loader refuses a `$ref` into one, so the rule is
// exact. Every other changed file is judged by reachability from the spec roots (selectSpecs).
import type { ChangedFile } from './select-specs.js';

const notADocument = new Set([
  // source code
  'ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs', 'go', 'py', 'pyi', 'rb', 'java', 'kt', 'kts', 'scala', 'groovy',
  'cs', 'fs', 'vb', 'c', 'h', 'cc', 'cpp', 'cxx', 'hpp', 'hh', 'm', 'mm', 'swift', 'rs', 'php', 'pl', 'pm', 'lua', 'r',
  'dart', 'ex', 'exs', 'erl', 'hrl', 'clj', 'cljs', 'elm', 'hs', 'ml', 'sh', 'bash', 'zsh', 'fish', 'ps1', 'psm1', 'bat',
  'cmd', 'sql', 'vue', 'svelte',
  // markup and styles
  'md', 'markdown', 'rst', 'adoc', 'html', 'htm', 'css', 'scss', 'sass', 'less',
  // media, fonts, archives, binaries
  'png', 'jpg', 'jpeg', 'gif', 'bmp', 'ico', 'svg', 'webp', 'avif', 'pdf', 'mp3', 'mp4', 'mov', 'woff', 'woff2', 'ttf',
  'otf', 'eot', 'zip', 'gz', 'tgz', 'tar', 'jar', 'war', 'class', 'so', 'dll', 'exe', 'wasm',
]);

/** True for a path that is never read as part of an API description (its extension says what it is). */
export function isNeverADocument(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 && notADocument.has(name.slice(dot + 1).toLowerCase());
}

/** Whether any changed file (or the name it had) could be a spec or a file a spec reaches. */
export function mayAffectSpecs(changed: readonly ChangedFile[]): boolean {
  return changed.some((file) => [file.path, ...(file.previousPath ? [file.previousPath] : [])].some((path) => !isNeverADocument(path)));
}
