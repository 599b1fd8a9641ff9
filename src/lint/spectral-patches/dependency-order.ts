// analyze: Spectral's `$ref` resolver orders the pointers of each document it resolves with
// dependency-graph's `overallOrder`. For a graph that allows cycles (the resolver's always do),
// that method finds the nodes its first pass missed by looking each node up in the result list
// with `indexOf`: quadratic in the pointers, about 250 ms of a review of GitHub's description.
// This gives the same order with a set for that lookup, once per process, in the copy of
// dependency-graph the resolver loads. Graphs without cycles allowed keep the method as it was.
import { requireAsDependencyOf } from './dependency-require.js';

/** The part of dependency-graph's DepGraph the order reads. */
export interface OrderedGraph {
  nodes: Record<string, unknown>;
  outgoingEdges: Record<string, string[]>;
  incomingEdges: Record<string, string[]>;
  circular: boolean;
  overallOrder(leavesOnly?: boolean): string[];
}

const resolverDepGraph = (requireAsDependencyOf('@stoplight/json-ref-resolver')('dependency-graph') as { DepGraph: { prototype: OrderedGraph } }).DepGraph;

/** The library's own method, kept for graphs that do not allow cycles (and for the tests). */
export const libraryOverallOrder = resolverDepGraph.prototype.overallOrder;

resolverDepGraph.prototype.overallOrder = function overallOrder(this: OrderedGraph, leavesOnly?: boolean): string[] {
  return this.circular ? circularOrder(this, leavesOnly === true) : libraryOverallOrder.call(this, leavesOnly);
};

/**
 * Depth first from every node nothing depends on, in the order the nodes were added, then from
 * every node still unordered (those only reached through a cycle). A node is ordered after the
 * nodes it depends on, which are visited in the order of its edges; a node met again on the
 * current path is a cycle, and is passed over. With `leavesOnly`, only nodes without edges.
 */
export function circularOrder(graph: OrderedGraph, leavesOnly: boolean): string[] {
  const keys = Object.keys(graph.nodes);
  const order: string[] = [];
  const done = new Set<string>();
  const visit = depthFirst(graph.outgoingEdges, leavesOnly, order, done);
  for (const node of keys.filter((key) => (graph.incomingEdges[key] as string[]).length === 0)) visit(node);
  // Which nodes are left is decided once, from the first pass's order, before any is visited.
  const ordered = new Set(order);
  for (const node of keys.filter((key) => !ordered.has(key))) visit(node);
  return order;
}

function depthFirst(edges: Record<string, string[]>, leavesOnly: boolean, order: string[], done: Set<string>): (start: string) => void {
  return (start) => {
    if (done.has(start)) return;
    const onPath = new Set<string>();
    const stack: { node: string; expanded: boolean }[] = [{ node: start, expanded: false }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { node: string; expanded: boolean };
      if (top.expanded) {
        stack.pop();
        onPath.delete(top.node);
        done.add(top.node);
        if (!leavesOnly || (edges[top.node] as string[]).length === 0) order.push(top.node);
        continue;
      }
      if (done.has(top.node) || onPath.has(top.node)) {
        stack.pop();
        continue;
      }
      onPath.add(top.node);
      top.expanded = true;
      // Pushed last to first, so that the first edge is visited first.
      const next = edges[top.node] as string[];
      for (let index = next.length - 1; index >= 0; index -= 1) stack.push({ node: next[index] as string, expanded: false });
    }
  };
}
