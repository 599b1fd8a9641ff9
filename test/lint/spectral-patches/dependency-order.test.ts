// The resolver's pointer order without the quadratic lookup: the library's own order for every
// graph, cycles and unreachable cycles included, with and without `leavesOnly`; and the resolver's
// copy of the library is the one patched.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { circularOrder, libraryOverallOrder, type OrderedGraph } from '../../../src/lint/spectral-patches/dependency-order.js';

const resolverRequire = createRequire(createRequire(import.meta.url).resolve('@stoplight/json-ref-resolver'));
const { DepGraph } = resolverRequire('dependency-graph') as { DepGraph: new (options: { circular: boolean }) => OrderedGraph & { addNode(name: string): void; addDependency(from: string, to: string): void } };

function graphOf(nodes: number, edges: [number, number][]): OrderedGraph & { addNode(name: string): void; addDependency(from: string, to: string): void } {
  const graph = new DepGraph({ circular: true });
  for (let node = 0; node < nodes; node += 1) graph.addNode(`#/n${node}`);
  for (const [from, to] of edges) graph.addDependency(`#/n${from % nodes}`, `#/n${to % nodes}`);
  return graph;
}

describe('the pointer order of graphs that allow cycles', () => {
  it.each([
    { name: 'a chain', nodes: 3, edges: [[0, 1], [1, 2]] as [number, number][] },
    { name: 'a cycle no node outside reaches', nodes: 3, edges: [[0, 1], [1, 0]] as [number, number][] },
    { name: 'a cycle reached from a root', nodes: 4, edges: [[3, 0], [0, 1], [1, 2], [2, 0]] as [number, number][] },
    { name: 'a self reference', nodes: 2, edges: [[0, 0], [1, 0]] as [number, number][] },
    { name: 'no edges', nodes: 3, edges: [] as [number, number][] },
  ])('is the library order for $name', ({ nodes, edges }) => {
    const graph = graphOf(nodes, edges);
    for (const leavesOnly of [false, true]) expect(circularOrder(graph, leavesOnly)).toEqual(libraryOverallOrder.call(graph, leavesOnly));
  });

  it('is the library order for any graph', () => {
    const graphs = fc.integer({ min: 1, max: 40 }).chain((nodes) => fc.record({ nodes: fc.constant(nodes), edges: fc.array(fc.tuple(fc.nat(nodes - 1), fc.nat(nodes - 1)), { maxLength: 120 }), leavesOnly: fc.boolean() }));
    fc.assert(
      fc.property(graphs, ({ nodes, edges, leavesOnly }) => {
        const graph = graphOf(nodes, edges);
        expect(circularOrder(graph, leavesOnly)).toEqual(libraryOverallOrder.call(graph, leavesOnly));
      }),
      { numRuns: 500 },
    );
  });

  it('is what the resolver copy of the library answers now', () => {
    const graph = graphOf(30, Array.from({ length: 60 }, (_, index) => [(index * 7) % 30, (index * 11 + 3) % 30] as [number, number]));
    expect(graph.overallOrder()).toEqual(libraryOverallOrder.call(graph));
    expect(graph.overallOrder).not.toBe(libraryOverallOrder);
  });
});
