// collect: which API descriptions a change affects. A changed file is a spec when its name
// matches the globs or its content is an OpenAPI document; an unchanged spec root is affected
// when one of the files its `$ref`s reach changed (a change to `schemas/pet.yaml` re-reviews
// every root that includes it, whatever the referenced file's extension: `schemas/pet.schema`),
// an unchanged .proto is affected when its imports reach a changed file, and the GraphQL files
// of one folder are one schema (src/formats/graphql/graphql-schema-files.ts).
import picomatch from 'picomatch';
import type { ReviewConfig } from '../config/config-schema.js';
import { contractNameMatcher, graphqlNameMatcher, protobufNameMatcher } from '../formats/contract-files.js';
import { detectContractFormat } from '../formats/contract-format.js';
import { basePathsOf, groupGraphqlSchemas, type SchemaCompanions } from '../formats/graphql/graphql-schema-files.js';
import { protoImporters } from '../formats/protobuf/proto-importers.js';
import { looksLikeApiDescription } from './detect-version.js';
import type { FileSource } from './file-source.js';
import { loadSpec } from './load-spec.js';
import { readAheadSource } from './read-ahead-source.js';

export type ChangeStatus = 'added' | 'modified' | 'removed' | 'renamed';

export interface ChangedFile {
  status: ChangeStatus;
  path: string;
  previousPath?: string;
}

export interface SelectedSpec {
  base?: string;
  head?: string;
  /** A GraphQL schema split over files: the other files of its folder at each revision. */
  companions?: SchemaCompanions;
}

/** Unchanged roots read ahead of the one being parsed (round trips overlap; parses do not). */
const rootsReadAhead = 8;

export const defaultSpecGlobs = [
  '**/openapi*.{yaml,yml,json}',
  '**/swagger*.{yaml,yml,json}',
  '**/*.openapi.{yaml,yml,json}',
  '**/*.oas.{yaml,yml,json}',
];

export function specNameMatcher(extraGlobs: readonly string[]): (path: string) => boolean {
  return picomatch([...defaultSpecGlobs, ...extraGlobs], { dot: false, nocase: true, basename: false });
}

export interface SelectInput {
  changed: ChangedFile[];
  base: FileSource;
  head: FileSource;
  /** Every file path of the head revision (for finding roots that include a changed file). */
  headPaths: readonly string[];
  globs: readonly string[];
  /** Extra globs of AsyncAPI, GraphQL and Protobuf contracts (`contracts.*` of the config). */
  contracts?: ReviewConfig['contracts'];
}

export async function selectSpecs(input: SelectInput): Promise<SelectedSpec[]> {
  const isSpecName = specNameMatcher(input.globs);
  const selected = new Map<string, SelectedSpec>();
  const isContractName = contractNameMatcher(input.contracts);
  const dataFiles = input.changed.filter((file) => /\.(ya?ml|json)$/i.test(file.path) || isContractName(file.path) || (file.previousPath !== undefined && isContractName(file.previousPath)));
  for (const file of dataFiles) {
    if (isSpecName(file.path) || (file.previousPath && isSpecName(file.previousPath)) || (await sniffsAsSpec(file, input))) {
      selected.set(file.path, pairFor(file));
    }
  }
  const changedPaths = new Set(input.changed.flatMap((file) => [file.path, ...(file.previousPath ? [file.previousPath] : [])]));
  const roots = input.headPaths.filter((path) => isSpecName(path) && !selected.has(path));
  const head = readAheadSource(input.head, roots, rootsReadAhead);
  for (const [index, root] of roots.entries()) {
    if (changedPaths.size === 0) break;
    head.readAfter(index);
    const spec = await loadSpec(head, root);
    if (spec.problems.some((problem) => problem.code === 'not-an-api-description')) continue;
    if ([...spec.files.keys()].some((path) => changedPaths.has(path))) selected.set(root, { base: root, head: root });
  }
  // Protobuf has imports where OpenAPI has `$ref`s: a file importing a changed one is reviewed too.
  const isProtobufName = protobufNameMatcher(input.contracts);
  if ([...changedPaths].some(isProtobufName)) {
    const candidates = input.headPaths.filter((path) => isProtobufName(path) && !selected.has(path));
    for (const importer of await protoImporters(input.head, candidates, changedPaths)) selected.set(importer, { base: importer, head: importer });
  }
  const sorted = [...selected.values()].sort((a, b) => ((a.head ?? a.base) as string).localeCompare((b.head ?? b.base) as string));
  // The GraphQL files of one folder are one schema: reviewed once, each side the union of its files.
  return groupGraphqlSchemas(sorted, { basePaths: basePathsOf(input.headPaths, input.changed), headPaths: input.headPaths, isGraphqlName: graphqlNameMatcher(input.contracts) });
}

function pairFor(file: ChangedFile): SelectedSpec {
  switch (file.status) {
    case 'added':
      return { head: file.path };
    case 'removed':
      return { base: file.path };
    case 'renamed':
      return { base: file.previousPath ?? file.path, head: file.path };
    default:
      return { base: file.path, head: file.path };
  }
}

async function sniffsAsSpec(file: ChangedFile, input: SelectInput): Promise<boolean> {
  const source = file.status === 'removed' ? input.base : input.head;
  const bytes = await source.read(file.path);
  if (!bytes) return false;
  // Only the start is looked at; a multi-byte character cut at the edge must not hide the file.
  const start = bytes.subarray(0, 8192);
  if (start.includes(0)) return false;
  const text = new TextDecoder().decode(start);
  // AsyncAPI, GraphQL SDL and Protobuf are recognised by content too (a `.graphql` of queries is not).
  return looksLikeApiDescription(text) || detectContractFormat(file.path, text) !== undefined;
}
