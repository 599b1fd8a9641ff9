// analyze: the one dispatch from a contract's format to its linter — Spectral's spectral:asyncapi
// for AsyncAPI, graphql-js validation plus house rules for GraphQL, `buf lint` for Protobuf.
// A linter that cannot run here (no buf binary) says so in `notes`; the review goes on.
import { lintAsyncapi, type LintFinding } from '../lint/index.js';
import type { SpecProblem } from '../specs/spec-problem.js';
import type { ContractInput } from './contract-input.js';
import type { EngineFormat } from './diff-contract.js';

export interface ContractLint {
  findings: LintFinding[];
  problems: SpecProblem[];
  notes: string[];
}

export async function lintContract(format: EngineFormat, input: ContractInput): Promise<ContractLint> {
  switch (format) {
    case 'graphql': {
      const { lintGraphql } = await import('./graphql/lint-graphql.js');
      const { loadGraphqlSchema, sdlFilesOf } = await import('./graphql/load-graphql-schema.js');
      const files = sdlFilesOf(input);
      const loaded = loadGraphqlSchema(files);
      return loaded.ok ? { findings: lintGraphql(files), problems: [], notes: [] } : { findings: [], problems: [loaded.problem], notes: [] };
    }
    case 'protobuf': {
      const { lintProtobuf } = await import('./protobuf/lint-protobuf.js');
      const result = await lintProtobuf(input);
      return result.ok ? { findings: result.findings, problems: [], notes: [] } : { findings: [], problems: [], notes: [`${input.path} was not linted: ${result.reason}.`] };
    }
    case 'asyncapi': {
      const { loadSpec } = await import('../specs/load-spec.js');
      const spec = await loadSpec(input.source, input.path, { kind: 'asyncapi' });
      const fatal = spec.problems.filter((problem) => problem.fatal);
      return fatal.length > 0 ? { findings: [], problems: fatal, notes: [] } : { findings: await lintAsyncapi(spec), problems: [], notes: [] };
    }
  }
}
