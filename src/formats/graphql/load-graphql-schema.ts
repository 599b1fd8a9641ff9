// parse: a GraphQL SDL file -> a schema graphql-inspector can compare, and the positions of its
// coordinates. An SDL that does not parse, or names a type it never defines, is a problem with
// the file and line, not an exception.
import { buildASTSchema, GraphQLError, parse, type GraphQLSchema } from 'graphql';
import type { SpecProblem } from '../../specs/spec-problem.js';
import { parseProblem } from '../contract-input.js';
import { sdlLocations, type SdlLocations } from './graphql-locations.js';

export type GraphqlLoad = { ok: true; schema: GraphQLSchema; locations: SdlLocations } | { ok: false; problem: SpecProblem };

export function loadGraphqlSchema(file: string, text: string): GraphqlLoad {
  try {
    // Comments are not descriptions; locations are kept for every finding.
    const document = parse(text, { noLocation: false });
    // Directives of tools the schema is written for (Federation's @key, Relay's …) are not defined
    // in the file; the SDL is trusted to be valid there, and compared as written.
    const schema = buildASTSchema(document, { assumeValidSDL: true });
    return { ok: true, schema, locations: sdlLocations(document) };
  } catch (error) {
    const line = error instanceof GraphQLError ? (error.locations?.[0]?.line ?? 1) : 1;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, problem: parseProblem(file, line, `is not a valid GraphQL schema: ${message}`) };
  }
}
