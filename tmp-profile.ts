import { Spectral, Ruleset } from '@stoplight/spectral-core';
import { oas } from '@stoplight/spectral-rulesets';
import { loadSpec } from './src/specs/load-spec.js';
import { localFolderSource } from './src/specs/local-folder-source.js';
import { createSpecResolver } from './src/lint/spec-resolver.js';
import Parsers from '@stoplight/spectral-parsers';
import { toVirtualPath } from './src/lint/virtual-root.js';

const spec = await loadSpec(localFolderSource('../shared/corpus/github', 'h'), 'head.json', { limits: { bytes_per_file: 64e6 } });
const root = spec.files.get('head.json')!;
let t = performance.now();
const parsed = root.parserResult();
console.log('positioned parse', performance.now() - t);
async function run(label: string, rules: string[]) {
  const spectral = new Spectral({ resolver: createSpecResolver(spec) });
  const all = (oas as any).rules;
  const def = { extends: [[oas, 'off']], rules: Object.fromEntries(rules.map((n) => [n, true])) };
  spectral.setRuleset(new Ruleset(def as any, { severity: 'all' }));
  const t0 = performance.now();
  const res = await spectral.run({ parsed, getLocationForJsonPath: Parsers.Json.getLocationForJsonPath as any, source: toVirtualPath('head.json') } as any, { ignoreUnknownFormat: true });
  console.log(label, Math.round(performance.now() - t0), 'ms', res.length, 'results', Math.round(process.memoryUsage().rss / 1e6), 'MB');
}
const which = process.argv[2];
if (which === 'a') await run('empty', []);
if (which === 'b') await run('unresolved-global', ['oas3-schema', 'oas3-unused-component']);
if (which === 'c') await run('resolved-global', ['operation-operationId-unique', 'operation-tag-defined', 'path-params', 'oas3-operation-security-defined']);
if (which === 'd') await run('refsib', ['no-$ref-siblings', 'array-items']);
