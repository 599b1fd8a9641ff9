// The resolver's dependency graphs in maps: every method answers as dependency-graph's own DepGraph
// (cycles allowed) does, after any sequence of edits, in the same orders and with the same errors;
// and the resolver's copy of the library makes these graphs, and only for cycles allowed.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LibraryDepGraph, ResolverGraph, type DependencyGraph } from '../../../src/lint/spectral-patches/resolver-graph.js';

/** Names as the resolver makes them, and some an object would list first (array indexes). */
const NAMES = ['#', '#/a', '#/a/b', '#/c', 'file:///spec.json#/d', '2', '10', '0', '4294967295', 'x'];

type Edit =
  | { kind: 'addNode'; node: string; data?: { value: number } }
  | { kind: 'addDependency' | 'removeDependency'; from: string; to: string }
  | { kind: 'removeNode'; node: string }
  | { kind: 'setNodeData'; node: string; data: { value: number } };

const name = fc.constantFrom(...NAMES);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('addNode' as const), node: name }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('addNode' as const), node: name, data: fc.record({ value: fc.nat() }) }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('addDependency' as const), from: name, to: name }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeDependency' as const), from: name, to: name }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeNode' as const), node: name }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('setNodeData' as const), node: name, data: fc.record({ value: fc.nat() }) }) },
);

/** What a call returns or throws, to compare two graphs' answers. */
function outcome(call: () => unknown): { returned: unknown } | { threw: string } {
  try {
    return { returned: call() };
  } catch (error) {
    return { threw: (error as Error).message };
  }
}

function apply(graph: DependencyGraph, change: Edit): unknown {
  switch (change.kind) {
    case 'addNode':
      return outcome(() => ('data' in change ? graph.addNode(change.node, change.data) : graph.addNode(change.node)));
    case 'addDependency':
      return outcome(() => graph.addDependency(change.from, change.to));
    case 'removeDependency':
      return outcome(() => graph.removeDependency(change.from, change.to));
    case 'removeNode':
      return outcome(() => graph.removeNode(change.node));
    case 'setNodeData':
      return outcome(() => graph.setNodeData(change.node, change.data));
  }
}

/** Every question a graph answers, about every name (present or not). */
function answers(graph: DependencyGraph): unknown {
  const clone = graph.clone();
  return {
    size: graph.size(),
    order: [false, true].map((leavesOnly) => outcome(() => graph.overallOrder(leavesOnly))),
    entries: graph.entryNodes(),
    clone: { order: outcome(() => clone.overallOrder()), size: clone.size(), entries: clone.entryNodes() },
    nodes: NAMES.map((node) => ({
      node,
      has: graph.hasNode(node),
      data: outcome(() => graph.getNodeData(node)),
      direct: [outcome(() => graph.directDependenciesOf(node)), outcome(() => graph.directDependantsOf(node))],
      reached: [false, true].map((leavesOnly) => [outcome(() => graph.dependenciesOf(node, leavesOnly)), outcome(() => graph.dependantsOf(node, leavesOnly))]),
    })),
  };
}

describe('the resolver graph', () => {
  it('answers as the library after any edits', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 10, maxLength: 120, size: 'max' }), (edits) => {
        const ours = new ResolverGraph();
        const library = new LibraryDepGraph({ circular: true });
        for (const change of edits) expect(apply(ours, change)).toEqual(apply(library, change));
        expect(answers(ours)).toEqual(answers(library));
      }),
      { numRuns: 600 },
    );
  });

  it.each([
    { name: 'a chain', edges: [['#/a', '#/a/b'], ['#/a/b', '#/c']] },
    { name: 'a cycle nothing outside reaches', edges: [['#/a', '#/c'], ['#/c', '#/a']] },
    { name: 'a cycle reached from a root', edges: [['#', '#/a'], ['#/a', '#/a/b'], ['#/a/b', '#/c'], ['#/c', '#/a']] },
    { name: 'a self reference', edges: [['#/a', '#/a'], ['#', '#/a']] },
    { name: 'index-like names added after others', edges: [['x', '#/a'], ['10', '#/a'], ['2', '#/c'], ['#', '0']] },
    { name: 'two edges from one node', edges: [['#', '#/c'], ['#', '#/a'], ['#/a', '#/c']] },
  ])('orders $name as the library does', ({ edges }) => {
    const ours = new ResolverGraph();
    const library = new LibraryDepGraph({ circular: true });
    for (const graph of [ours, library]) {
      for (const [from, to] of edges) {
        graph.addNode(from as string);
        graph.addNode(to as string);
        graph.addDependency(from as string, to as string);
      }
    }
    expect(answers(ours)).toEqual(answers(library));
  });

  it('is what the resolver copy of the library makes for graphs that allow cycles, and only those', () => {
    const resolverRequire = createRequire(createRequire(import.meta.url).resolve('@stoplight/json-ref-resolver'));
    const { DepGraph } = resolverRequire('dependency-graph') as { DepGraph: new (options?: { circular?: boolean }) => DependencyGraph };
    expect(new DepGraph({ circular: true })).toBeInstanceOf(ResolverGraph);
    expect(new DepGraph()).toBeInstanceOf(LibraryDepGraph);
    expect(new DepGraph({ circular: false })).toBeInstanceOf(LibraryDepGraph);
  });
});
