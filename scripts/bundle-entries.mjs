// Bundles the two entries whose start-up a user waits for: the CLI (`dist/cli.js`) and the
// analysis worker it starts (`dist/pipeline/analysis-worker.js`). Node 20 loads ES modules file
// by file, and a small `diff` loaded about 250 of ours on two threads; bundled, each thread
// loads a handful of files. Run after `tsc` over its output (`npm run build`), so tsc stays the
// one compiler; dependencies stay external, and every dynamic import stays a separate, lazily
// loaded chunk (`--splitting`), so `--version` still loads nothing heavy.
//
// Chunks sit in `pipeline/`, one level below the output root like every module of `src/`, so
// the paths modules build from `import.meta.url` (`../../templates/`, the worker beside its
// starter) resolve as they do unbundled. `node scripts/bundle-entries.mjs [outdir]`.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { build } from 'esbuild';

const outdir = process.argv[2] ?? 'dist';
const chunkFolder = join(outdir, 'pipeline');
const chunkPrefix = 'bundled-';

// Chunks of an earlier build have other hashes: removed, so the package ships only this build's.
for (const name of readdirSync(chunkFolder)) if (name.startsWith(chunkPrefix)) rmSync(join(chunkFolder, name));

await build({
  entryPoints: [join(outdir, 'cli.js'), join(outdir, 'pipeline', 'analysis-worker.js')],
  outbase: outdir,
  outdir,
  chunkNames: `pipeline/${chunkPrefix}[name]-[hash]`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  allowOverwrite: true,
  sourcemap: true,
  logLevel: 'warning',
});
