// The hostile corpus, laid out in a temporary folder: the small files of test/fixtures/hostile/
// (with CANARY replaced by a loopback port that must never be contacted) and the big cases
// generated here, since nobody should commit 200 MB. Each case says what `api-review review`
// must answer: an exit code, and for refusals the file and the problem on stderr.
import { cpSync, mkdtempSync, openSync, readFileSync, readdirSync, closeSync, ftruncateSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface HostileCase {
  name: string;
  /** The head spec, relative to the corpus folder (the base is `base.yaml` unless said). */
  head: string;
  base?: string;
  /** Extra command line arguments (`--ruleset`, `--config`). */
  args?: string[];
  /** Allowed exit codes: 2 for a refused input, 0 or 1 for an input that is legitimately fine. */
  codes: readonly number[];
  /** What stderr must say (file and problem) for a refusal. */
  says?: RegExp;
}

export interface Corpus {
  dir: string;
  remove(): void;
}

const fixtures = new URL('../fixtures/hostile/', import.meta.url);
const refused = [2] as const;
const fine = [0, 1] as const;
const spec = (extra: string): string => `openapi: 3.0.3\ninfo:\n  title: generated\n  version: '1'\npaths:\n  /pets:\n    get:\n      responses:\n        '200':\n          description: ok\n${extra}`;
const levels = 100_000;

export function buildCorpus(canaryPort: number): Corpus {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  cpSync(fixtures, dir, { recursive: true });
  replaceCanary(dir, canaryPort);
  generateBigFiles(dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function replaceCanary(dir: string, port: number): void {
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(ya?ml|json)$/.test(name)) continue;
    const text = readFileSync(join(dir, name), 'utf8');
    if (text.includes('CANARY')) writeFileSync(join(dir, name), text.replaceAll('CANARY', String(port)));
  }
}

function generateBigFiles(dir: string): void {
  const write = (name: string, content: string | Uint8Array): void => writeFileSync(join(dir, name), content);
  write('deep-array.json', `{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},"x-deep":${'['.repeat(levels)}${']'.repeat(levels)}}`);
  write('deep-object.json', `{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},"x-deep":${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}}`);
  write('deep-flow.yaml', spec(`x-deep: ${'['.repeat(levels)}${']'.repeat(levels)}\n`));
  write('deep-flow-mapping.yaml', spec(`x-deep: ${'{a: '.repeat(levels)}1${'}'.repeat(levels)}\n`));
  write('deep-block-sequence.yaml', spec(`x-deep:\n  ${'- '.repeat(levels)}x\n`));
  write('deep-indentation.yaml', spec(`x-deep:\n${Array.from({ length: 3000 }, (_, depth) => `${' '.repeat(depth + 1)}k${depth}:`).join('\n')} 1\n`));
  write('deep-aliases.yaml', spec(`x-chain:\n  a0: &a0 [1]\n${Array.from({ length: 600 }, (_, index) => `  a${index + 1}: &a${index + 1} [*a${index}]`).join('\n')}\n`));
  write('many-operations.yaml', spec(Array.from({ length: 12_000 }, (_, index) => `  /p${index}:\n    get:\n      responses:\n        '200':\n          description: ok\n`).join('')).replace('paths:\n', 'paths:\n'));
  write('million-array.json', JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/pets': { get: { responses: { '200': { description: 'ok' } } } } }, 'x-data': Array.from({ length: 1_000_000 }, (_, index) => index) }));
  write('enormous-string.yaml', spec(`x-text: "${'a'.repeat(10_000_000)}"\n`));
  write('over-byte-limit.yaml', spec(`x-pad: "${'b'.repeat(21 * 1024 * 1024)}"\n`));
  sparseFile(join(dir, 'huge-200mb.yaml'), 200 * 1024 * 1024);
  write('binary.yaml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  write('invalid-utf8.yaml', new Uint8Array([...Buffer.from('openapi: 3.0.3\ninfo:\n  title: "'), 0xc3, 0x28, 0xff, ...Buffer.from('"\n  version: "1"\npaths: {}\n')]));
  write('utf16.json', Buffer.from(`\ufeff{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{}}`, 'utf16le'));
  mkdirSync(join(dir, 'many-files'));
  for (let index = 0; index < 12; index += 1) write(`many-files/s${index}.yaml`, 'type: string\n');
  write('many-files/openapi.yaml', spec(`components:\n  schemas:\n${Array.from({ length: 12 }, (_, index) => `    S${index}:\n      $ref: './s${index}.yaml'\n`).join('')}`));
  write('limits-files-5.yml', 'limits:\n  files: 5\n');
  write('limits-tiny-budget.yml', 'limits:\n  seconds_per_review: 0.001\n');
  write('limits-10000-operations.yml', 'limits:\n  operations: 10000\n');
  write('limits-20-mib.yml', 'limits:\n  bytes_per_file: 20971520\n');
}

/** A file of the given size that takes no disk space and no time to write. */
function sparseFile(path: string, size: number): void {
  const descriptor = openSync(path, 'w');
  ftruncateSync(descriptor, size);
  closeSync(descriptor);
}

const smallCases: HostileCase[] = [
  { name: 'billion laughs', head: 'billion-laughs.yaml', codes: refused, says: /billion-laughs\.yaml:\d+: .*limits\.yaml_aliases/ },
  { name: 'nested mapping aliases and merge keys', head: 'nested-aliases.yaml', codes: refused, says: /nested-aliases\.yaml:\d+: .*limits\.yaml_aliases/ },
  { name: 'an alias inside its own anchor', head: 'recursive-alias.yaml', codes: fine },
  { name: '$ref to itself', head: 'ref-self.yaml', codes: refused, says: /ref-self\.yaml:12: \$ref cycle .*Pet -> .*Pet never reaches a value/ },
  { name: 'mutual $refs', head: 'ref-mutual.yaml', codes: refused, says: /ref-mutual\.yaml:12: \$ref cycle .*Cat -> .*Dog -> .*Cat/ },
  { name: '$ref cycle through two files', head: 'ref-files/openapi.yaml', codes: refused, says: /openapi\.yaml:12: \$ref cycle a\.yaml#\/Pet -> b\.yaml#\/Animal -> a\.yaml#\/Pet never reaches a value/ },
  { name: 'a recursive schema (legitimate)', head: 'ref-recursive-schema.yaml', codes: fine },
  { name: 'http $refs to the canary and the metadata address', head: 'remote-http.yaml', codes: refused, says: /remote-http\.yaml:12: remote \$ref "http:\/\/127\.0\.0\.1:\d+\/pet\.yaml#\/Pet" is never fetched[\s\S]*remote-http\.yaml:17: remote \$ref "http:\/\/169\.254\.169\.254/ },
  { name: 'protocol-relative $ref', head: 'remote-protocol-relative.yaml', codes: refused, says: /remote-protocol-relative\.yaml:12: remote \$ref "\/\/127\.0\.0\.1/ },
  { name: 'file:// $ref', head: 'remote-file-url.yaml', codes: refused, says: /remote-file-url\.yaml:12: remote \$ref "file:\/\/\/etc\/passwd"/ },
  { name: '../ $ref out of the repository', head: 'escape-dotdot.yaml', codes: refused, says: /escape-dotdot\.yaml:12: \$ref "\.\.\/.*etc\/passwd" leaves the repository/ },
  { name: 'absolute-path $ref', head: 'escape-absolute.yaml', codes: refused, says: /escape-absolute\.yaml:12: \$ref "\/etc\/passwd#\/root" leaves the repository/ },
  { name: 'URL-encoded ../ $refs', head: 'escape-encoded.yaml', codes: refused, says: /escape-encoded\.yaml:12: .*leaves the repository[\s\S]*escape-encoded\.yaml:21: .*leaves the repository/ },
  { name: 'duplicate YAML keys', head: 'duplicate-keys.yaml', codes: refused, says: /duplicate-keys\.yaml:9: .*duplicate key/ },
  { name: 'duplicate JSON keys', head: 'duplicate-keys.json', codes: refused, says: /duplicate-keys\.json:6: .*duplicate key "\/pets"/ },
  // Legal property names, reviewed as plain members (no prototype replaced, nothing polluted).
  { name: '__proto__ keys in JSON (legitimate)', head: 'proto-key.json', codes: fine },
  { name: '__proto__ keys in YAML (legitimate)', head: 'proto-key.yaml', codes: fine },
  { name: 'a property named hasOwnProperty', head: 'has-own-property-key.yaml', codes: refused, says: /has-own-property-key\.yaml:16: .*"hasOwnProperty"/ },
  { name: 'keys named constructor, toString, valueOf (legitimate)', head: 'constructor-keys.yaml', codes: fine },
  { name: 'a catastrophic-backtracking pattern with a matching example', head: 'redos-pattern.yaml', codes: fine },
  { name: 'not an API description', head: 'not-an-api.yaml', codes: refused, says: /not-an-api\.yaml:1: .*not an API description/ },
  { name: 'a ruleset with JavaScript functions', head: 'base.yaml', args: ['--ruleset', 'ruleset-functions.yaml'], codes: refused, says: /ruleset-functions\.yaml:\d+: `functions`: custom functions are not allowed/ },
  {
    name: 'a ruleset whose JSONPath filter would run code',
    head: 'base.yaml',
    args: ['--ruleset', 'ruleset-filter-code.yaml'],
    codes: refused,
    says: /ruleset-filter-code\.yaml:5: rule "exfiltrate": given .* function call/,
  },
  { name: 'a ruleset extending a remote ruleset', head: 'base.yaml', args: ['--ruleset', 'ruleset-remote-extends.yaml'], codes: refused, says: /ruleset-remote-extends\.yaml:2: extends "http:\/\/127\.0\.0\.1:\d+\/ruleset\.yaml": remote .* never fetched/ },
  { name: 'a ruleset extending a file outside the repository', head: 'base.yaml', args: ['--ruleset', 'ruleset-escaping-extends.yaml'], codes: refused, says: /ruleset-escaping-extends\.yaml:2: .*leaves the repository/ },
];

const generatedCases: HostileCase[] = [
  { name: '10^5 nested JSON arrays', head: 'deep-array.json', codes: refused, says: /deep-array\.json:1: .*nests deeper than 200 levels \(limits\.depth\)/ },
  { name: '10^5 nested JSON objects', head: 'deep-object.json', codes: refused, says: /deep-object\.json:1: .*limits\.depth/ },
  { name: '10^5 nested YAML flow sequences', head: 'deep-flow.yaml', codes: refused, says: /deep-flow\.yaml:11: .*limits\.depth/ },
  { name: '10^5 nested YAML flow mappings', head: 'deep-flow-mapping.yaml', codes: refused, says: /deep-flow-mapping\.yaml:11: .*limits\.depth/ },
  { name: '10^5 compact YAML sequences on one line', head: 'deep-block-sequence.yaml', codes: refused, says: /deep-block-sequence\.yaml:12: .*limits\.depth/ },
  { name: '3000 levels of YAML indentation', head: 'deep-indentation.yaml', codes: refused, says: /deep-indentation\.yaml:\d+: .*limits\.depth/ },
  { name: 'depth built from a chain of 600 aliases', head: 'deep-aliases.yaml', codes: refused, says: /deep-aliases\.yaml:\d+: .*limits\.(depth|yaml_aliases)/ },
  { name: '12,000 operations over limits.operations: 10000', head: 'many-operations.yaml', args: ['--config', 'limits-10000-operations.yml'], codes: refused, says: /many-operations\.yaml:5: .*12001 operations, over the limit of 10000 \(limits\.operations\)/ },
  { name: 'a 10^6-element array (legitimate)', head: 'million-array.json', codes: fine },
  { name: 'a 10 MB string (legitimate)', head: 'enormous-string.yaml', codes: fine },
  { name: 'a file just over the byte limit', head: 'over-byte-limit.yaml', args: ['--config', 'limits-20-mib.yml'], codes: refused, says: /over-byte-limit\.yaml:1: .*over the limit of 20971520 \(limits\.bytes_per_file\)/ },
  { name: 'a 200 MB file', head: 'huge-200mb.yaml', codes: refused, says: /huge-200mb\.yaml:1: .*209715200 bytes, over the limit/ },
  { name: 'binary content', head: 'binary.yaml', codes: refused, says: /binary\.yaml:1: .*not UTF-8 text/ },
  { name: 'invalid UTF-8', head: 'invalid-utf8.yaml', codes: refused, says: /invalid-utf8\.yaml:1: .*not UTF-8 text/ },
  { name: 'UTF-16', head: 'utf16.json', codes: refused, says: /utf16\.json:1: .*not UTF-8 text/ },
  { name: 'more files through $ref than limits.files', head: 'many-files/openapi.yaml', args: ['--config', 'limits-files-5.yml'], codes: refused, says: /openapi\.yaml:\d+: .*more than 5 files through \$ref \(limits\.files\)/ },
  { name: 'a review over limits.seconds_per_review', head: 'million-array.json', args: ['--config', 'limits-tiny-budget.yml'], codes: refused, says: /longer than 0\.001 seconds \(limits\.seconds_per_review\)/ },
];

export const hostileCases: readonly HostileCase[] = [...smallCases, ...generatedCases];

export function hostileCase(name: string): HostileCase {
  const found = hostileCases.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no hostile case named ${name}`);
  return found;
}
