// analyze: starts one review worker thread. Built JS (`dist/`, `npm start`, the CLI) starts the
// compiled entry; TypeScript sources (vitest, tsx) start it through tsx's loader, registered
// inside the worker, because Node 20 does not apply `--import` hooks to a worker's entry.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface WorkerLimits {
  /** Old-generation heap of the worker: past it the worker dies, not the App. */
  heapMb: number;
}

/** The worker entry beside this module: `.ts` under vitest and tsx, `.js` in `dist/`. */
export const analysisWorkerEntry = new URL(`./analysis-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);

/** `entry` is the worker's module (tests start small stand-ins with the same options). */
export function startAnalysisWorker(limits: WorkerLimits, entry: URL = analysisWorkerEntry): Worker {
  const fromSource = entry.pathname.endsWith('.ts');
  // Only the old generation is bounded: the young one follows the process's V8 flags
  // (`--max-semi-space-size`), and a young generation set large beside a small old one can make
  // V8 fail a scavenge fatally — the whole process — instead of stopping the worker.
  const resourceLimits: ResourceLimits = { maxOldGenerationSizeMb: limits.heapMb };
  // An empty environment, not SHARE_ENV: code running in the worker (a repository's ruleset
  // included) cannot read the private key, the webhook secret or the model key.
  const options = { env: {}, resourceLimits };
  if (!fromSource) return new Worker(entry, options);
  const bootstrap = `import(${JSON.stringify(tsxEsmApi(import.meta.url))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/** tsx's ESM API module (`tsx/esm/api`, import condition), found through tsx's own exports map. */
function tsxEsmApi(from: string): string {
  const manifestPath = createRequire(from).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { exports: Record<string, { import?: { default?: string } }> };
  const target = manifest.exports['./esm/api']?.import?.default;
  if (!target) throw new Error('tsx does not export ./esm/api: the TypeScript sources cannot start a review worker');
  return pathToFileURL(join(dirname(manifestPath), target)).href;
}
