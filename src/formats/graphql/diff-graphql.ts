// analyze: GraphQL breaking changes, found by graphql-inspector (the de-facto standard engine).
// Its change type is the check id and its criticality the level; we only place each change in
// the files (base for removals, head otherwise, as for OpenAPI) and give it our Change shape.
import { CriticalityLevel, diff, type Change as InspectorChange } from '@graphql-inspector/core';
import { GraphQLSchema } from 'graphql';
import type { Change, ChangeLevel } from '../../diff/change.js';
import type { ContractDiff, ContractInput } from '../contract-input.js';
import { positionOf, type SdlLocations } from './graphql-locations.js';
import { loadGraphqlSchema, sdlFilesOf } from './load-graphql-schema.js';

const levels: Record<CriticalityLevel, ChangeLevel> = {
  [CriticalityLevel.Breaking]: 'error',
  [CriticalityLevel.Dangerous]: 'warning',
  [CriticalityLevel.NonBreaking]: 'info',
};

interface LoadedSide {
  file: string;
  schema: GraphQLSchema;
  locations: SdlLocations;
}

export async function diffGraphql(base: ContractInput | undefined, head: ContractInput | undefined): Promise<ContractDiff> {
  const result: ContractDiff = { changes: [], problems: [], notes: [] };
  const load = (input: ContractInput | undefined): LoadedSide | undefined | 'failed' => {
    if (!input) return undefined;
    const loaded = loadGraphqlSchema(sdlFilesOf(input));
    if (!loaded.ok) {
      result.problems.push(loaded.problem);
      return 'failed';
    }
    return { file: input.path, schema: loaded.schema, locations: loaded.locations };
  };
  const baseSide = load(base);
  const headSide = load(head);
  if (baseSide === 'failed' || headSide === 'failed') return result;
  // An added or deleted SDL file is compared with an empty schema: everything added, or removed.
  const empty = new GraphQLSchema({});
  const found = await diff(baseSide?.schema ?? empty, headSide?.schema ?? empty);
  for (const change of found) result.changes.push(toChange(change, baseSide, headSide));
  return result;
}

function toChange(change: InspectorChange, base: LoadedSide | undefined, head: LoadedSide | undefined): Change {
  const coordinate = change.path ?? '';
  const removal = isRemoval(change.type);
  const side = removal ? (base ?? head) : (head ?? base);
  const position = side ? positionOf(side.locations, coordinate) : undefined;
  const survivor = removal && head ? positionOf(head.locations, coordinate) : undefined;
  return {
    id: change.type,
    format: 'graphql',
    level: levels[change.criticality.level],
    operation: fieldCoordinate(coordinate),
    path: coordinate === '' ? [] : coordinate.split('.'),
    message: change.message,
    source: { file: position?.file ?? side?.file ?? '', line: position?.line ?? 1, column: position?.column ?? 1 },
    side: side === base && base !== undefined ? 'base' : 'head',
    ...(removal && head ? { nearestInHead: { file: survivor?.file ?? head.file, line: survivor?.line ?? 1, column: survivor?.column ?? 1 } } : {}),
  };
}

/**
 * `FIELD_REMOVED`, `TYPE_REMOVED`, `FIELD_DESCRIPTION_REMOVED`, …: what was removed is located in
 * the base, as the review's rule for removals says (src/review/located-in-base.ts).
 */
function isRemoval(type: string): boolean {
  return /REMOVED|DELETED/.test(type);
}

/** `Type.field` (or the type alone): the element a client queries, used as the operation. */
function fieldCoordinate(coordinate: string): string | null {
  if (coordinate === '') return null;
  return coordinate.split('.').slice(0, 2).join('.');
}
