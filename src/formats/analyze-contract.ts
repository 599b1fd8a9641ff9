// The review of one AsyncAPI, GraphQL or Protobuf contract of the change: read both sides,
// detect the format from the content, lint and diff with that format's engines, and hand the
// assessment the same SpecAnalysis an OpenAPI description gives. An OpenAPI file (or a file of
// no known format) returns `undefined` and stays on the OpenAPI path, unchanged.
import type { ReviewConfig } from '../config/config-schema.js';
import type { SpecAnalysis } from '../review/assess-review.js';
import type { FileSource } from '../specs/file-source.js';
import { emptyAnalysis, type SpecPair } from '../pipeline/empty-analysis.js';
import { classifyContractFindings } from './classify-contract-lint.js';
import type { ContractFormat } from './contract-format.js';
import { diffContract } from './diff-contract.js';
import { lintContract } from './lint-contract.js';
import { readContractSide } from './read-contract.js';


export interface ContractRequest {
  base: FileSource;
  head: FileSource;
  config: ReviewConfig;
  /** The review's time: `breaking.ignore` entries past their `expires` stop applying. */
  now: Date;
}

export async function analyzeContractPair(pair: SpecPair, request: ContractRequest): Promise<(SpecAnalysis & { format: ContractFormat }) | undefined> {
  const [base, head] = await Promise.all([
    readContractSide(request.base, pair.base, pair.companions?.base ?? [], request.config.limits),
    readContractSide(request.head, pair.head, pair.companions?.head ?? [], request.config.limits),
  ]);
  const format = (head?.ok ? head.format : undefined) ?? (base?.ok ? base.format : undefined);
  if (format === undefined || format === 'openapi') return undefined;
  const analysis: SpecAnalysis & { format: ContractFormat } = { ...emptyAnalysis(pair), format };
  if (head && !head.ok) {
    analysis.problems = [head.problem];
    return analysis;
  }
  if (base && !base.ok) analysis.baseProblems = [base.problem];
  const baseInput = base?.ok ? base.input : undefined;
  const headInput = head?.ok ? head.input : undefined;

  const [baseLint, headLint] = await Promise.all([
    baseInput && headInput ? lintContract(format, baseInput) : undefined,
    headInput ? lintContract(format, headInput) : undefined,
  ]);
  if (headLint && headLint.problems.length > 0) {
    analysis.problems = headLint.problems;
    analysis.notes.push(`${analysis.spec} could not be read as ${formatName[format]}, so it was neither linted nor compared.`);
    return analysis;
  }
  const baseReadable = baseLint === undefined || baseLint.problems.length === 0;
  if (!baseReadable) {
    analysis.baseProblems = baseLint?.problems ?? [];
    analysis.notes.push(`The base version of ${pair.base} could not be read; breaking changes were not computed and every lint finding counts as new.`);
  }
  analysis.notes.push(...(headLint?.notes ?? []));
  analysis.lint = classifyContractFindings(baseReadable ? (baseLint?.findings ?? []) : [], headLint?.findings ?? []);

  if (baseReadable && (baseInput || headInput)) {
    const diff = await diffContract(format, baseInput, headInput, { config: request.config.breaking, now: request.now });
    analysis.changes = diff.changes;
    analysis.notes.push(...diff.notes);
    if (diff.problems.length > 0) analysis.problems = diff.problems;
  }
  return analysis;
}

export const formatName: Record<ContractFormat, string> = {
  openapi: 'OpenAPI',
  asyncapi: 'AsyncAPI',
  graphql: 'a GraphQL schema',
  protobuf: 'Protobuf',
};
