// analyze: the first diff phase below an operation, like oasdiff's `diff/` per operation: its
// parameters, request body media types and responses (with their media types) matched once, on
// first use, under one rule set. Every family reads these pairs instead of matching again.
import type { LoadedSpec, SpecNode } from '../specs/loaded-spec.js';
import { lazy } from './lazy.js';
import { matchMediaTypes, type MediaTypeMatch } from './media-type-match.js';
import { matchParameters, parametersOf, type ParameterMatch } from './parameter-match.js';
import { matchResponses, type ResponseSide } from './response-match.js';
import { childOf } from './spec-nodes.js';

export interface RequestBodyDiff {
  /** The `requestBody` of each side (resolved; `value` undefined where there is none). */
  base: SpecNode;
  head: SpecNode;
  /** Its `content` entries matched by media type. */
  media: () => MediaTypeMatch;
}

export interface ResponsePairDiff {
  status: string;
  base: SpecNode;
  head: SpecNode;
  /** Its `content` entries matched by media type. */
  media: () => MediaTypeMatch;
}

export interface ResponsesDiff {
  removed: ResponseSide[];
  added: ResponseSide[];
  pairs: ResponsePairDiff[];
}

export interface OperationDiff {
  /** Operation-level parameters (path-item parameters are matched per path, as oasdiff does). */
  parameters: () => ParameterMatch;
  requestBody: () => RequestBodyDiff;
  responses: () => ResponsesDiff;
}

interface Sides {
  base: LoadedSpec;
  head: LoadedSpec;
  baseOperation: SpecNode;
  headOperation: SpecNode;
  pathParameterRenames: ReadonlyMap<string, string>;
}

export function operationDiff(sides: Sides): OperationDiff {
  const { base, head, baseOperation, headOperation } = sides;
  return {
    parameters: lazy(() =>
      matchParameters(parametersOf(base, baseOperation), parametersOf(head, headOperation), sides.pathParameterRenames),
    ),
    requestBody: lazy(() => {
      const baseBody = childOf(base, baseOperation, 'requestBody');
      const headBody = childOf(head, headOperation, 'requestBody');
      return { base: baseBody, head: headBody, media: lazy(() => contentMatch(sides, baseBody, headBody)) };
    }),
    responses: lazy(() => {
      const match = matchResponses(base, baseOperation, head, headOperation);
      return {
        removed: match.removed,
        added: match.added,
        pairs: match.pairs.map((pair) => ({ ...pair, media: lazy(() => contentMatch(sides, pair.base, pair.head)) })),
      };
    }),
  };
}

function contentMatch(sides: Sides, baseOwner: SpecNode, headOwner: SpecNode): MediaTypeMatch {
  return matchMediaTypes(sides.base, childOf(sides.base, baseOwner, 'content'), sides.head, childOf(sides.head, headOwner, 'content'));
}
