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
