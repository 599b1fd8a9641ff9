// collect: the unchanged Protobuf files of a revision that import a changed one, directly or
// through other imports, found with the same import resolution the review compiles with. A
// change to `money.proto` can break `orders.proto` (a field whose type became an enum, a message
// it uses deleted) without a line of `orders.proto` changing, as a changed `$ref`-ed file can
// break an OpenAPI root: such importers are reviewed too.
import type { FileSource } from '../../specs/file-source.js';
import { decodeText } from '../../specs/parse-file.js';
import { normalizeRepoPath } from '../../specs/repo-path.js';
import { detectContractFormat } from '../contract-format.js';
import { readProtoModule } from './proto-module.js';

/**
 * The candidates (repository paths of .proto files) whose import closure holds a changed path,
 * an import that no longer resolves counting as the path it names (a deleted imported file).
 */
export async function protoImporters(source: FileSource, candidates: readonly string[], changed: ReadonlySet<string>): Promise<string[]> {
  const importers: string[] = [];
  for (const path of candidates) {
    const bytes = await source.read(path);
    const text = bytes === undefined ? undefined : decodeText(bytes);
    if (text === undefined || detectContractFormat(path, text) !== 'protobuf') continue;
    const module = await readProtoModule(source, path, text);
    const reached = [...module.files.keys(), ...module.missingImports].map((imported) => normalizeRepoPath(module.root === '' ? imported : `${module.root}/${imported}`));
    if (reached.some((reachedPath) => reachedPath !== undefined && reachedPath !== path && changed.has(reachedPath))) importers.push(path);
  }
  return importers;
}
