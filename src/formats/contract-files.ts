// collect: which changed files may be AsyncAPI, GraphQL or Protobuf contracts, by name. The
// defaults follow each ecosystem's conventions; `contracts.<format>` in .github/api-review.yml
// adds globs. A name only nominates a file: its content decides (a `.graphql` file of queries
// defines no types and is no contract).
import picomatch from 'picomatch';
import type { ReviewConfig } from '../config/config-schema.js';

export const defaultContractGlobs = {
  asyncapi: ['**/asyncapi*.{yaml,yml,json}', '**/*.asyncapi.{yaml,yml,json}'],
  graphql: ['**/*.{graphql,graphqls,gql}'],
  protobuf: ['**/*.proto'],
} as const;

/** Extensions a contract file of any format has by default: a pull request without one has no contract. */
export const contractExtensions = /\.(ya?ml|json|graphqls?|gql|proto)$/i;

export function contractNameMatcher(extra: ReviewConfig['contracts'] | undefined): (path: string) => boolean {
  const globs = [
    ...defaultContractGlobs.asyncapi,
    ...defaultContractGlobs.graphql,
    ...defaultContractGlobs.protobuf,
    ...(extra?.asyncapi ?? []),
    ...(extra?.graphql ?? []),
    ...(extra?.protobuf ?? []),
  ];
  return picomatch(globs, { dot: false, nocase: true, basename: false });
}

/** Protobuf files by name (defaults and `contracts.protobuf`): the candidates for importing a changed one. */
export function protobufNameMatcher(extra: ReviewConfig['contracts'] | undefined): (path: string) => boolean {
  return picomatch([...defaultContractGlobs.protobuf, ...(extra?.protobuf ?? [])], { dot: false, nocase: true, basename: false });
}

/** GraphQL files by name (defaults and `contracts.graphql`): the files a split schema is made of. */
export function graphqlNameMatcher(extra: ReviewConfig['contracts'] | undefined): (path: string) => boolean {
  return picomatch([...defaultContractGlobs.graphql, ...(extra?.graphql ?? [])], { dot: false, nocase: true, basename: false });
}
