// The spec pairs of the benchmark corpus (../shared/corpus by default): each a base and a head
// version of one real API, read through the same file sources the CLI uses.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { smallChangeFolder } from './small-change-pair.js';

export interface CorpusPair {
  name: string;
  baseFolder: string;
  headFolder: string;
  basePath: string;
  headPath: string;
}

const layouts: { name: string; base: [string, string]; head: [string, string] }[] = [
  { name: 'github', base: ['github', 'base.json'], head: ['github', 'head.json'] },
  { name: 'stripe', base: ['stripe', 'base.yaml'], head: ['stripe', 'head.yaml'] },
  { name: 'kubernetes', base: ['kubernetes', 'base.json'], head: ['kubernetes', 'head.json'] },
  { name: 'ghes', base: ['ghes', 'base.json'], head: ['ghes', 'head.json'] },
  { name: 'digitalocean', base: ['digitalocean/base', 'DigitalOcean-public.v2.yaml'], head: ['digitalocean/head', 'DigitalOcean-public.v2.yaml'] },
];

export function corpusFolder(): string {
  const flag = process.argv.find((argument) => argument.startsWith('--corpus='));
  return flag ? flag.slice('--corpus='.length) : (process.env.API_REVIEW_CORPUS ?? join(process.cwd(), '..', 'shared', 'corpus'));
}

export function corpusPairs(folder = corpusFolder()): CorpusPair[] {
  const small = smallChangeFolder(folder);
  const synthetic: CorpusPair[] = small
    ? [{ name: 'github-small-change', baseFolder: small, headFolder: small, basePath: 'base.json', headPath: 'head.json' }]
    : [];
  return [...layouts
    .map((layout) => ({
      name: layout.name,
      baseFolder: join(folder, layout.base[0]),
      headFolder: join(folder, layout.head[0]),
      basePath: layout.base[1],
      headPath: layout.head[1],
    }))
    .filter((pair) => existsSync(join(pair.baseFolder, pair.basePath)) && existsSync(join(pair.headFolder, pair.headPath))), ...synthetic];
}
