// A diff job compares every pair on the worker — AsyncAPI, GraphQL and Protobuf through their
// engines, OpenAPI through its own — and reads each root file of each revision once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config-schema.js';
import { runAnalysisJob } from '../../src/pipeline/analysis-job.js';
import type { FileSource } from '../../src/specs/file-source.js';
import { memorySource } from '../../src/specs/memory-source.js';

const example = (name: string): string => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
const now = new Date('2026-11-25T00:00:00Z');

/** A source that counts how often each path is read. */
function countedSource(files: Record<string, string>, label: string): { source: FileSource; reads: Map<string, number> } {
  const inner = memorySource(files, label);
  const reads = new Map<string, number>();
  return {
    reads,
    source: {
      label,
      read: async (path) => {
        reads.set(path, (reads.get(path) ?? 0) + 1);
        return inner.read(path);
      },
    },
  };
}

describe('a diff job', () => {
  it('compares contract and OpenAPI pairs in one job, reading each root once per revision', async () => {
    const base = countedSource({ 'schema.graphql': example('graphql/schema-v1.graphql'), 'openapi.yaml': example('orders-v1.yaml') }, 'base');
    const head = countedSource({ 'schema.graphql': example('graphql/schema-v2.graphql'), 'openapi.yaml': example('orders-v2.yaml') }, 'head');
    const pairs = [
      { base: 'openapi.yaml', head: 'openapi.yaml' },
      { base: 'schema.graphql', head: 'schema.graphql' },
    ];
    const result = await runAnalysisJob({ kind: 'diff', pairs, config: defaultConfig, now }, { base: base.source, head: head.source });
    if (result.kind !== 'diff') throw new Error(`expected a diff, got ${result.kind}`);
    const formats = new Set(result.changes.map((change) => change.format ?? 'openapi'));
    expect([...formats].sort()).toEqual(['graphql', 'openapi']);
    expect(result.changes.filter((change) => change.format === 'graphql' && change.level === 'error').map((change) => change.id).sort()).toEqual([
      'ENUM_VALUE_REMOVED',
      'FIELD_ARGUMENT_TYPE_CHANGED',
      'FIELD_REMOVED',
    ]);
    for (const reads of [base.reads, head.reads]) {
      expect(reads.get('openapi.yaml')).toBe(1);
      expect(reads.get('schema.graphql')).toBe(1);
    }
  });

  it.each([
    { name: 'a contract head that does not parse', head: 'type Query {\n  order(id: ID!: Order\n}\n', file: 'schema.graphql' },
  ])('answers input problems for $name', async ({ head, file }) => {
    const result = await runAnalysisJob(
      { kind: 'diff', pairs: [{ base: file, head: file }], config: defaultConfig, now },
      { base: memorySource({ [file]: example('graphql/schema-v1.graphql') }), head: memorySource({ [file]: head }) },
    );
    expect(result.kind).toBe('input-problems');
    if (result.kind === 'input-problems') expect(result.problems[0]?.source.file).toBe(file);
  });
});

describe('a review job', () => {
  it('reads each root once per revision, whatever its format', async () => {
    const base = countedSource({ 'schema.graphql': example('graphql/schema-v1.graphql'), 'openapi.yaml': example('orders-v1.yaml') }, 'base');
    const head = countedSource({ 'schema.graphql': example('graphql/schema-v2.graphql'), 'openapi.yaml': example('orders-v2.yaml') }, 'head');
    const pairs = [
      { base: 'openapi.yaml', head: 'openapi.yaml' },
      { base: 'schema.graphql', head: 'schema.graphql' },
    ];
    const result = await runAnalysisJob(
      { kind: 'review', pairs, config: defaultConfig, ruleset: { kind: 'shipped' }, acceptances: [], now },
      { base: base.source, head: head.source },
    );
    if (result.kind !== 'review') throw new Error(`expected a review, got ${result.kind}`);
    expect(result.review.specs.map((spec) => spec.format ?? 'openapi')).toEqual(['openapi', 'graphql']);
    for (const reads of [base.reads, head.reads]) {
      expect(reads.get('openapi.yaml')).toBe(1);
      expect(reads.get('schema.graphql')).toBe(1);
    }
  });
});
