// temp: time diffSpecs per corpus pair; dump changes to /tmp/diff-<pair>.json
import { writeFileSync } from 'node:fs';
import { defaultConfig } from '../src/config/config-schema.js';
import { diffSpecs } from '../src/diff/diff-specs.js';
import { loadSpec } from '../src/specs/load-spec.js';
import { localFolderSource } from '../src/specs/local-folder-source.js';
import { corpusPairs } from './corpus-pairs.js';

const only = process.argv[2]?.split(',');
const tag = process.argv[3] ?? 'x';
const limits = { limits: { bytes_per_file: 64e6, files: 5000 } };
for (const pair of corpusPairs().filter((p) => !only || only.includes(p.name))) {
  const base = await loadSpec(localFolderSource(pair.baseFolder, 'base'), pair.basePath, limits);
  const head = await loadSpec(localFolderSource(pair.headFolder, 'head'), pair.headPath, limits);
  const t0 = performance.now();
  const changes = diffSpecs(base, head, { config: defaultConfig.breaking, now: new Date('2026-11-25T00:00:00Z') });
  const ms = performance.now() - t0;
  const byLevel: Record<string, number> = {};
  const byId: Record<string, number> = {};
  for (const c of changes) {
    byLevel[c.level] = (byLevel[c.level] ?? 0) + 1;
    byId[`${c.level} ${c.id}`] = (byId[`${c.level} ${c.id}`] ?? 0) + 1;
  }
  console.log(`${pair.name}: ${ms.toFixed(0)} ms, rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, ${JSON.stringify(byLevel)}`);
  for (const [id, n] of Object.entries(byId).sort()) console.log(`   ${n}\t${id}`);
  writeFileSync(`/tmp/diff-${pair.name}-${tag}.json`, JSON.stringify(changes, null, 1));
}
