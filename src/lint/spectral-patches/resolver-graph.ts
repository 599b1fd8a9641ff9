// analyze: the dependency graphs Spectral's `$ref` resolver builds, kept in maps. json-ref-resolver
// records every `$ref` it meets in dependency-graph's DepGraph, which keeps nodes as properties of
// plain objects and edges in arrays: each new pointer string is a new property key (V8 hashes and
// interns it), and each edge is looked up with `indexOf` in the list of its node's edges — the
// root's list holds every target of the document (about 2,000 in GitHub's description), and is
// searched once per `$ref` (tens of thousands). Both graphs together were about a tenth of a review
// that changed one operation. This class answers every method of DepGraph 0.11 as it does, in the
// same orders, for the graphs the resolver makes (cycles allowed); the copy of dependency-graph the
// resolver loads makes it in place of its own (test/lint/spectral-patches/resolver-graph.test.ts
// compares the two on random graphs and edits). A graph without cycles allowed, or a clone (which
// dependency-graph makes without them), is the library's own.
import { requireAsDependencyOf } from './dependency-require.js';

/** dependency-graph's DepGraph as the resolver and this module use it. */
export interface DependencyGraph {
  size(): number;
  addNode(node: string, data?: unknown): void;
  removeNode(node: string): void;
  hasNode(node: string): boolean;
  getNodeData(node: string): unknown;
  setNodeData(node: string, data: unknown): void;
  addDependency(from: string, to: string): boolean;
  removeDependency(from: string, to: string): void;
  clone(): DependencyGraph;
  directDependenciesOf(node: string): string[];
  directDependantsOf(node: string): string[];
  dependenciesOf(node: string, leavesOnly?: boolean): string[];
  dependantsOf(node: string, leavesOnly?: boolean): string[];
  overallOrder(leavesOnly?: boolean): string[];
  entryNodes(): string[];
}

type DependencyGraphClass = new (options?: { circular?: boolean }) => DependencyGraph;

interface LibraryGraph extends DependencyGraph {
  nodes: Record<string, unknown>;
  outgoingEdges: Record<string, string[]>;
  incomingEdges: Record<string, string[]>;
}

/** One direction of a node's edges: in the order added, and as a set to look them up. */
class Edges {
  readonly list: string[] = [];
  private readonly members = new Set<string>();

  add(node: string): void {
    if (this.members.has(node)) return;
    this.members.add(node);
    this.list.push(node);
  }

  delete(node: string): void {
    if (!this.members.delete(node)) return;
    this.list.splice(this.list.indexOf(node), 1);
  }
}

interface GraphNode {
  data: unknown;
  outgoing: Edges;
  incoming: Edges;
}

/** Whether a key is an array index, which an object lists before its other keys (in numeric order). */
const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;
const isArrayIndex = (key: string): boolean => {
  const first = key.charCodeAt(0);
  // Pointers and URIs never start with a digit: most keys are told apart without the pattern.
  return first >= 48 && first <= 57 && ARRAY_INDEX.test(key) && Number(key) < 2 ** 32 - 1;
};

/** A DepGraph with cycles allowed, in maps (see above). */
export class ResolverGraph implements DependencyGraph {
  readonly circular = true;
  private readonly nodes = new Map<string, GraphNode>();
  /** Whether a node was ever named like an array index, which changes the order keys are listed in. */
  private indexLikeKeys = false;

  size(): number {
    return this.nodes.size;
  }

  addNode(node: string, ...data: [] | [unknown]): void {
    const key = String(node);
    if (this.nodes.has(key)) return;
    // Without a data argument, the library keeps the node's name as its data.
    this.nodes.set(key, { data: data.length === 1 ? data[0] : node, outgoing: new Edges(), incoming: new Edges() });
    this.indexLikeKeys ||= isArrayIndex(key);
  }

  removeNode(node: string): void {
    const key = String(node);
    if (!this.nodes.delete(key)) return;
    for (const other of this.nodes.values()) {
      other.outgoing.delete(key);
      other.incoming.delete(key);
    }
  }

  hasNode(node: string): boolean {
    return this.nodes.has(String(node));
  }

  getNodeData(node: string): unknown {
    return this.existing(node).data;
  }

  setNodeData(node: string, data: unknown): void {
    this.existing(node).data = data;
  }

  addDependency(from: string, to: string): boolean {
    const source = this.existing(from);
    const target = this.existing(to);
    source.outgoing.add(String(to));
    target.incoming.add(String(from));
    return true;
  }

  removeDependency(from: string, to: string): void {
    this.nodes.get(String(from))?.outgoing.delete(String(to));
    this.nodes.get(String(to))?.incoming.delete(String(from));
  }

  clone(): DependencyGraph {
    // The library's clone is made without its options, so it does not allow cycles: a library graph.
    const clone = new LibraryDepGraph() as LibraryGraph;
    for (const key of this.keys()) {
      const node = this.nodes.get(key) as GraphNode;
      clone.nodes[key] = node.data;
      clone.outgoingEdges[key] = [...node.outgoing.list];
      clone.incomingEdges[key] = [...node.incoming.list];
    }
    return clone;
  }

  directDependenciesOf(node: string): string[] {
    return [...this.existing(node).outgoing.list];
  }

  directDependantsOf(node: string): string[] {
    return [...this.existing(node).incoming.list];
  }

  dependenciesOf(node: string, leavesOnly?: boolean): string[] {
    return this.reachedFrom(node, 'outgoing', leavesOnly === true);
  }

  dependantsOf(node: string, leavesOnly?: boolean): string[] {
    return this.reachedFrom(node, 'incoming', leavesOnly === true);
  }

  /**
   * Depth first from every node nothing depends on, in the order the nodes were added, then from
   * every node still unordered (those only reached through a cycle). A node is ordered after the
   * nodes it depends on, which are visited in the order of its edges; a node met again on the
   * current path is a cycle, and is passed over. With `leavesOnly`, only nodes without edges.
   */
  overallOrder(leavesOnly?: boolean): string[] {
    const order: string[] = [];
    const visit = this.depthFirst('outgoing', leavesOnly === true, order);
    for (const key of this.entryNodes()) visit(key);
    // Which nodes are left is decided once, from the first pass's order, before any is visited.
    const ordered = new Set(order);
    for (const key of this.keys().filter((key) => !ordered.has(key))) visit(key);
    return order;
  }

  entryNodes(): string[] {
    return this.keys().filter((key) => this.edgesOf(key, 'incoming').length === 0);
  }

  directDependentsOf(node: string): string[] {
    return this.directDependantsOf(node);
  }

  dependentsOf(node: string, leavesOnly?: boolean): string[] {
    return this.dependantsOf(node, leavesOnly);
  }

  /** The nodes in the order an object lists its keys: array indexes first, then as added. */
  private keys(): string[] {
    const keys = [...this.nodes.keys()];
    if (!this.indexLikeKeys) return keys;
    const indexes = keys.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
    return [...indexes, ...keys.filter((key) => !isArrayIndex(key))];
  }

  private existing(node: string): GraphNode {
    const found = this.nodes.get(String(node));
    if (found === undefined) throw new Error(`Node does not exist: ${node}`);
    return found;
  }

  private edgesOf(node: string, direction: 'outgoing' | 'incoming'): string[] {
    return (this.nodes.get(node) as GraphNode)[direction].list;
  }

  /** The nodes reached from `node` (itself left out), in the order they are finished. */
  private reachedFrom(node: string, direction: 'outgoing' | 'incoming', leavesOnly: boolean): string[] {
    this.existing(node);
    const key = String(node);
    const reached: string[] = [];
    this.depthFirst(direction, leavesOnly, reached)(key);
    const own = reached.indexOf(key);
    if (own >= 0) reached.splice(own, 1);
    return reached;
  }

  /** A visit that appends each node after those its edges lead to; nodes visited once stay done. */
  private depthFirst(direction: 'outgoing' | 'incoming', leavesOnly: boolean, order: string[]): (start: string) => void {
    const done = new Set<string>();
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
          if (!leavesOnly || this.edgesOf(top.node, direction).length === 0) order.push(top.node);
          continue;
        }
        if (done.has(top.node) || onPath.has(top.node)) {
          stack.pop();
          continue;
        }
        onPath.add(top.node);
        top.expanded = true;
        // Pushed last to first, so that the first edge is visited first.
        const next = this.edgesOf(top.node, direction);
        for (let index = next.length - 1; index >= 0; index -= 1) stack.push({ node: next[index] as string, expanded: false });
      }
    };
  }
}

const resolverDependencyGraph = requireAsDependencyOf('@stoplight/json-ref-resolver')('dependency-graph') as { DepGraph: DependencyGraphClass };

/** The library's own class (for graphs without cycles, clones and the tests). */
export const LibraryDepGraph: DependencyGraphClass = resolverDependencyGraph.DepGraph;

/** Made with `new`, as json-ref-resolver makes its graphs: ours with cycles allowed, else the library's. */
function DepGraph(options?: { circular?: boolean }): DependencyGraph {
  return options?.circular === true ? new ResolverGraph() : new LibraryDepGraph(options);
}

resolverDependencyGraph.DepGraph = DepGraph as unknown as DependencyGraphClass;
