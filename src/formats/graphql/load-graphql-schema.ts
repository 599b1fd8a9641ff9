// parse: the SDL files of one GraphQL schema -> a schema graphql-inspector can compare, and where
// each coordinate is written (file, line, column). A schema is often split over several files
// (`query.graphql` uses `User` from `user.graphql`, `extend type Query` elsewhere): they are
// parsed one by one, so every location keeps its file, and built together, as one schema. An SDL
// that does not parse, or names a type no file defines, is a problem with the file and line,
// not an exception.
import { buildASTSchema, GraphQLError, Kind, parse, Source, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { SpecProblem } from '../../specs/spec-problem.js';
import { parseProblem } from '../contract-input.js';
import { sdlLocations, type SdlLocations } from './graphql-locations.js';

/** One SDL file of the schema: its repository path and its text. */
export interface SdlFile {
  path: string;
  text: string;
}

/** A contract side's files: its root first, then the rest of its schema. */
export function sdlFilesOf(input: SdlFile & { companions?: readonly SdlFile[] }): SdlFile[] {
  return [{ path: input.path, text: input.text }, ...(input.companions ?? [])];
}

export type GraphqlLoad = { ok: true; schema: GraphQLSchema; locations: SdlLocations } | { ok: false; problem: SpecProblem };

/** `files[0]` is the root the review names; the others are the rest of the same schema. */
export function loadGraphqlSchema(files: readonly SdlFile[]): GraphqlLoad {
  const documents: DocumentNode[] = [];
  for (const file of files) {
    try {
      // Comments are not descriptions; locations (with the file's name) are kept for every finding.
      documents.push(parse(new Source(file.text, file.path), { noLocation: false }));
    } catch (error) {
      return { ok: false, problem: problemOf(file.path, error) };
    }
  }
  const merged: DocumentNode = { kind: Kind.DOCUMENT, definitions: documents.flatMap((document) => document.definitions) };
  try {
    // Directives of tools the schema is written for (Federation's @key, Relay's …) are not defined
    // in the files; the SDL is trusted to be valid there, and compared as written.
    const schema = buildASTSchema(merged, { assumeValidSDL: true });
    return { ok: true, schema, locations: sdlLocations(merged) };
  } catch (error) {
    return { ok: false, problem: problemOf(fileOf(error) ?? files[0]?.path ?? '', error) };
  }
}

function problemOf(file: string, error: unknown): SpecProblem {
  const line = error instanceof GraphQLError ? (error.locations?.[0]?.line ?? 1) : 1;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return parseProblem(file, line, `is not a valid GraphQL schema: ${message}`);
}

function fileOf(error: unknown): string | undefined {
  return error instanceof GraphQLError ? (error.source?.name ?? error.nodes?.[0]?.loc?.source.name) : undefined;
}
