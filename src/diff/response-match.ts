// analyze: pairing the responses of two operations by status code, as written (`200`, `4XX`,
// `default`); responses and response headers both read these pairs.
import type { LoadedSpec, SpecNode } from '../specs/loaded-spec.js';
import { childOf, entriesOf } from './spec-nodes.js';

export interface ResponseSide {
  status: string;
  node: SpecNode;
}

export interface ResponseMatch {
  removed: ResponseSide[];
  added: ResponseSide[];
  pairs: { status: string; base: SpecNode; head: SpecNode }[];
}

export function matchResponses(base: LoadedSpec, baseOperation: SpecNode, head: LoadedSpec, headOperation: SpecNode): ResponseMatch {
  const baseResponses = new Map(entriesOf(base, childOf(base, baseOperation, 'responses')));
  const headResponses = new Map(entriesOf(head, childOf(head, headOperation, 'responses')));
  const match: ResponseMatch = { removed: [], added: [], pairs: [] };
  for (const [status, node] of baseResponses) {
    const headNode = headResponses.get(status);
    if (headNode) match.pairs.push({ status, base: node, head: headNode });
    else match.removed.push({ status, node });
  }
  for (const [status, node] of headResponses) {
    if (!baseResponses.has(status)) match.added.push({ status, node });
  }
  return match;
}
