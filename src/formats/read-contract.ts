// collect: a contract's root file read through a FileSource, with the byte limit applied before
// and after reading, decoded as UTF-8, and its format detected from the content.
import type { Limits } from '../config/config-schema.js';
import type { FileSource } from '../specs/file-source.js';
import { decodeText } from '../specs/parse-file.js';
import type { SpecProblem } from '../specs/spec-problem.js';
import { detectContractFormat, type ContractFormat } from './contract-format.js';
import type { ContractInput } from './contract-input.js';

export type ContractRead =
  | { ok: true; input: ContractInput; format: ContractFormat | undefined }
  | { ok: false; problem: SpecProblem };

export async function readContract(source: FileSource, path: string, limits: Pick<Limits, 'bytes_per_file'>): Promise<ContractRead> {
  const at = { file: path, line: 1 };
  const tooLarge = (size: number): ContractRead => ({
    ok: false,
    problem: { code: 'file-too-large', message: `${path} has ${size} bytes, over the limit of ${limits.bytes_per_file} (limits.bytes_per_file)`, source: at, fatal: true },
  });
  const knownSize = await source.size?.(path);
  if (knownSize !== undefined && knownSize > limits.bytes_per_file) return tooLarge(knownSize);
  const bytes = await source.read(path);
  if (bytes === undefined) return { ok: false, problem: { code: 'file-missing', message: `${path} does not exist in ${source.label}`, source: at, fatal: true } };
  if (bytes.byteLength > limits.bytes_per_file) return tooLarge(bytes.byteLength);
  const text = decodeText(bytes);
  if (text === undefined) return { ok: false, problem: { code: 'not-text', message: `${path} is not UTF-8 text (binary content or invalid encoding)`, source: at, fatal: true } };
  return { ok: true, input: { source, path, text }, format: detectContractFormat(path, text) };
}

/**
 * A contract side with the other files of its GraphQL schema (`companions`), each read under the
 * same limits. Only the ones that are GraphQL SDL by content join (a `.graphql` file of queries
 * defines no types). A side whose root is gone but whose schema lives on in its companions (the
 * file was deleted, its types moved) is read from those; no root and no companion: no side.
 */
export async function readContractSide(
  source: FileSource,
  root: string | undefined,
  companions: readonly string[],
  limits: Pick<Limits, 'bytes_per_file' | 'files'>,
): Promise<ContractRead | undefined> {
  if (companions.length + 1 > limits.files) {
    const file = root ?? companions[0] ?? '';
    const message = `${file} is one schema with ${companions.length + 1} GraphQL files of its folder, over the limit of ${limits.files} (limits.files)`;
    return { ok: false, problem: { code: 'limit-exceeded', message, source: { file, line: 1 }, fatal: true } };
  }
  const rootRead = root === undefined ? undefined : await readContract(source, root, limits);
  if (rootRead && (!rootRead.ok || rootRead.format !== 'graphql' || companions.length === 0)) return rootRead;
  const schemaFiles: ContractInput[] = [];
  for (const path of companions) {
    const read = await readContract(source, path, limits);
    if (!read.ok && read.problem.code === 'file-missing') continue;
    if (!read.ok) return read;
    if (read.format === 'graphql') schemaFiles.push(read.input);
  }
  const [first, ...rest] = rootRead ? [rootRead.input, ...schemaFiles] : schemaFiles;
  if (first === undefined) return undefined;
  return { ok: true, format: 'graphql', input: { ...first, companions: rest.map(({ path, text }) => ({ path, text })) } };
}
