// analyze: the one dispatch from a contract's format to its breaking-change engine —
// graphql-inspector for GraphQL, `buf breaking` for Protobuf, our comparator for AsyncAPI — and
// the repository's policies (`breaking.levels`, `breaking.ignore`) applied to every engine alike.
// OpenAPI never comes here: it keeps its own engine in src/diff/.
import type { ReviewConfig } from '../config/config-schema.js';
import type { Change } from '../diff/change.js';
import { ignoreMatcher } from '../diff/ignore-policy.js';
import { levelOf } from '../diff/level-policy.js';
import type { ContractFormat } from './contract-format.js';
import type { ContractDiff, ContractInput } from './contract-input.js';

export type EngineFormat = Exclude<ContractFormat, 'openapi'>;

export interface ContractDiffOptions {
  config: ReviewConfig['breaking'];
  /** Entries of `config.ignore` past their `expires` stop applying at this time. */
  now: Date;
}

type Engine = (base: ContractInput | undefined, head: ContractInput | undefined) => Promise<ContractDiff>;

// Engines are imported when used: a review without GraphQL never loads graphql-inspector.
const engines: Record<EngineFormat, () => Promise<Engine>> = {
  graphql: async () => (await import('./graphql/diff-graphql.js')).diffGraphql,
  protobuf: async () => (await import('./protobuf/diff-protobuf.js')).diffProtobuf,
  asyncapi: async () => (await import('./asyncapi/diff-asyncapi.js')).diffAsyncapi,
};

export async function diffContract(
  format: EngineFormat,
  base: ContractInput | undefined,
  head: ContractInput | undefined,
  options: ContractDiffOptions,
): Promise<ContractDiff> {
  const engine = await engines[format]();
  const result = await engine(base, head);
  return { ...result, changes: sortChanges(applyPolicies(result.changes, options.config, options.now)) };
}

function applyPolicies(changes: readonly Change[], config: ReviewConfig['breaking'], now: Date): Change[] {
  const ignored = ignoreMatcher(config.ignore, now);
  const kept: Change[] = [];
  for (const change of changes) {
    const level = levelOf(change.id, change.level, config.levels);
    if (level === 'off') continue;
    const decided = { ...change, level };
    if (!ignored(decided)) kept.push(decided);
  }
  return kept;
}

/** File, line, column, then id: the order a reader walks the contract in. */
function sortChanges(changes: Change[]): Change[] {
  return changes.sort(
    (a, b) =>
      compare(a.source.file, b.source.file) ||
      a.source.line - b.source.line ||
      (a.source.column ?? 0) - (b.source.column ?? 0) ||
      compare(a.id, b.id) ||
      compare(a.message, b.message),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
