// The spec excerpts model prose sees come with the review from the job that analysed it: the
// same excerpts a second load of both specs would give, as plain data that crosses to the main
// thread, and only the changed operations.
import { describe, expect, it } from 'vitest';
import { extractChangedOperations } from '../../src/llm/changed-operations.js';
import { runAnalysisJob, type JobSources } from '../../src/pipeline/analysis-job.js';
import { localFolderSource } from '../../src/specs/local-folder-source.js';
import { memorySource } from '../../src/specs/memory-source.js';
import { NOW, baseSpec, configWith, headSpec, reviewOf, specPath } from '../llm/review-fixture.js';

async function reviewJob(pair = { base: specPath, head: specPath }, sources: JobSources = { base: memorySource({ [specPath]: baseSpec() }), head: memorySource({ [specPath]: headSpec() }) }) {
  const result = await runAnalysisJob({ kind: 'review', pairs: [pair], config: configWith(), ruleset: { kind: 'shipped' }, acceptances: [], now: NOW }, sources);
  if (result.kind !== 'review') throw new Error(`a review job answered ${result.kind}`);
  return result;
}

describe('the review job', () => {
  it('brings the excerpts of the changed operations, breaking ones first', async () => {
    const { changedOperations } = await reviewJob();
    expect(changedOperations.excerpts.map((excerpt) => excerpt.operation)).toEqual(['POST /orders', 'GET /orders/{id}', 'POST /orders/{id}/cancel']);
    expect(changedOperations.omitted).toBe(0);
    expect(JSON.stringify(changedOperations)).not.toContain('UNCHANGED_OPERATION_MARKER');
  });

  it('gives what cutting them from a second load of both specs gives, and survives the thread boundary', async () => {
    const result = await reviewJob();
    const { sides } = await reviewOf(baseSpec(), headSpec());
    expect(result.changedOperations).toEqual(extractChangedOperations(result.review, sides));
    expect(structuredClone(result.changedOperations)).toEqual(result.changedOperations);
  });

  it('crosses the thread boundary when a `$ref` deeper than the excerpt follows is left in place', async () => {
    const examples = localFolderSource('examples');
    const { changedOperations } = await reviewJob({ base: 'orders-v1.yaml', head: 'orders-v2.yaml' }, { base: examples, head: examples });
    expect(JSON.stringify(changedOperations)).toContain('{"$ref":"#/components/schemas/OrderItem"}');
    expect(structuredClone(changedOperations)).toEqual(changedOperations);
  });
});
