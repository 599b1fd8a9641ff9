// analyze: the first phase of a diff, like oasdiff's `diff` package: which paths, operations and
// webhooks were added, removed, or exist on both sides. Checks only read this structure.
import type { LoadedSpec, SpecNode } from '../specs/loaded-spec.js';
import { rootNode } from '../specs/resolve-node.js';
import { pathKey, pathParameterRenames } from './path-key.js';
import { childOf, entriesOf, isObject } from './spec-nodes.js';
import { operationDiff, type OperationDiff } from './operation-diff.js';
import { isInContract, readStability, type StabilityReading } from './stability-level.js';
import { httpMethods } from '../specs/http-methods.js';
import { formatOperationName } from '../specs/operation-name.js';

export interface OperationSide {
  /** Lower-case HTTP method. */
  method: string;
  /** The path template as written, or `webhook:<name>`. */
  template: string;
  /** The path item (resolved). */
  pathItem: SpecNode;
  /** The operation (resolved). */
  node: SpecNode;
  /** `METHOD /path/template`. */
  label: string;
  /** Its `x-stability-level`, read once for every family. */
  stability: StabilityReading;
}

export interface OperationPair {
  base: OperationSide;
  head: OperationSide;
  /** `METHOD /path/template` as in the head. */
  operation: string;
  /** Base name -> head name of each path parameter. */
  pathParameterRenames: Map<string, string>;
  /** Its parameters, request body and responses, matched on first use. */
  diff: OperationDiff;
}

export interface PathSide {
  template: string;
  node: SpecNode;
  operations: OperationSide[];
}

export interface PathPair {
  base: PathSide;
  head: PathSide;
}

export interface WebhookSide {
  name: string;
  node: SpecNode;
}

export interface SpecMatch {
  removedPaths: PathSide[];
  addedPaths: PathSide[];
  pathPairs: PathPair[];
  /** Operations removed from a path that still exists. */
  removedOperations: OperationSide[];
  /** Operations added to a path that already existed. */
  addedOperations: OperationSide[];
  /** Every operation on both sides, before the stability filter (for lifecycle checks). */
  allOperationPairs: OperationPair[];
  /** Operations on both sides whose head is in the contract (not draft/alpha): what checks compare. */
  operationPairs: OperationPair[];
  removedWebhooks: WebhookSide[];
  addedWebhooks: WebhookSide[];
}

export function matchSpecs(base: LoadedSpec, head: LoadedSpec, stripPrefix: string | null): SpecMatch {
  const basePaths = indexPaths(base, stripPrefix);
  const headPaths = indexPaths(head, stripPrefix);
  const match: SpecMatch = {
    removedPaths: [],
    addedPaths: [],
    pathPairs: [],
    removedOperations: [],
    addedOperations: [],
    allOperationPairs: [],
    operationPairs: [],
    removedWebhooks: [],
    addedWebhooks: [],
  };
  for (const [key, basePath] of basePaths) {
    const headPath = headPaths.get(key);
    if (!headPath) match.removedPaths.push(basePath);
    else pairPaths(match, { base, head }, basePath, headPath);
  }
  for (const [key, headPath] of headPaths) {
    if (!basePaths.has(key)) match.addedPaths.push(headPath);
  }
  matchWebhooks(match, base, head);
  match.operationPairs = match.allOperationPairs.filter(headInContract);
  return match;
}

function pairPaths(match: SpecMatch, specs: Specs, base: PathSide, head: PathSide): void {
  match.pathPairs.push({ base, head });
  const renames = pathParameterRenames(base.template, head.template);
  for (const baseOperation of base.operations) {
    const headOperation = head.operations.find((operation) => operation.method === baseOperation.method);
    if (!headOperation) match.removedOperations.push(baseOperation);
    else match.allOperationPairs.push(pairOf(specs, baseOperation, headOperation, renames));
  }
  for (const headOperation of head.operations) {
    if (!base.operations.some((operation) => operation.method === headOperation.method)) {
      match.addedOperations.push(headOperation);
    }
  }
}

function matchWebhooks(match: SpecMatch, base: LoadedSpec, head: LoadedSpec): void {
  const baseHooks = new Map(entriesOf(base, rootNode(base, ['webhooks'])));
  const headHooks = new Map(entriesOf(head, rootNode(head, ['webhooks'])));
  for (const [name, node] of baseHooks) {
    const headNode = headHooks.get(name);
    if (!headNode) {
      match.removedWebhooks.push({ name, node });
      continue;
    }
    // Modified webhooks go through every operation check, under the path `webhook:<name>`.
    const template = `webhook:${name}`;
    const baseSide = pathSide(base, template, node);
    const headSide = pathSide(head, template, headNode);
    for (const baseOperation of baseSide.operations) {
      const headOperation = headSide.operations.find((operation) => operation.method === baseOperation.method);
      if (headOperation) match.allOperationPairs.push(pairOf({ base, head }, baseOperation, headOperation, new Map()));
    }
  }
  for (const [name, node] of headHooks) {
    if (!baseHooks.has(name)) match.addedWebhooks.push({ name, node });
  }
}

function indexPaths(spec: LoadedSpec, stripPrefix: string | null): Map<string, PathSide> {
  const index = new Map<string, PathSide>();
  for (const [template, node] of entriesOf(spec, rootNode(spec, ['paths']))) {
    if (!template.startsWith('/')) continue;
    const key = pathKey(template, stripPrefix);
    // Two templates that differ only in parameter names are invalid; the first one written wins.
    if (!index.has(key)) index.set(key, pathSide(spec, template, node));
  }
  return index;
}

function pathSide(spec: LoadedSpec, template: string, node: SpecNode): PathSide {
  const operations: OperationSide[] = [];
  if (isObject(node.value)) {
    for (const method of httpMethods) {
      const operation = childOf(spec, node, method);
      if (!isObject(operation.value)) continue;
      operations.push({
        method,
        template,
        pathItem: node,
        node: operation,
        label: formatOperationName(method, template),
        stability: readStability(operation.value),
      });
    }
  }
  return { template, node, operations };
}

function pairOf(specs: Specs, base: OperationSide, head: OperationSide, renames: Map<string, string>): OperationPair {
  const diff = operationDiff({ ...specs, baseOperation: base.node, headOperation: head.node, pathParameterRenames: renames });
  return { base, head, operation: head.label, pathParameterRenames: renames, diff };
}

interface Specs {
  base: LoadedSpec;
  head: LoadedSpec;
}

/** oasdiff drops operations whose head is draft or alpha before any check runs. */
function headInContract(pair: OperationPair): boolean {
  const { stability } = pair.head;
  return !stability.ok || isInContract(stability.level);
}
