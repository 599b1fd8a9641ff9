// The migration plan as `/api-review plan` posts it, for a small realistic pair: a rename, two
// removed deprecated operations (one names its replacement, one does not) and a nested property
// made required. One golden file, read by eye when it changes: UPDATE_GOLDEN=1 npx vitest run test/review
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/config-schema.js';
import { runAnalysisJob, type AnalysisJob } from '../../src/pipeline/analysis-job.js';
import { renderTemplate } from '../../src/render/handlebars-env.js';
import { memorySource } from '../../src/specs/memory-source.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/migration-plan/${name}`, import.meta.url), 'utf8');
const golden = new URL('./golden/migration-plan.md', import.meta.url);

async function renderedPlan(): Promise<string> {
  const pair = { base: 'openapi.yaml', head: 'openapi.yaml' };
  const sources = { base: memorySource({ 'openapi.yaml': fixture('base.yaml') }), head: memorySource({ 'openapi.yaml': fixture('head.yaml') }) };
  const job: AnalysisJob = { kind: 'review', pairs: [pair], config: configSchema.parse({}), ruleset: { kind: 'shipped' }, acceptances: [], now: new Date('2026-06-01T00:00:00Z') };
  const result = await runAnalysisJob(job, sources);
  if (result.kind !== 'review') throw new Error(`a review job answered ${result.kind}`);
  const specs = result.review.specs.map((spec) => ({ spec: spec.spec, migrationPlan: spec.migrationPlan }));
  return renderTemplate('command-plan', { specs, nothingToMigrate: false });
}

describe('migration plan section', () => {
  it('matches the golden plan', async () => {
    const text = await renderedPlan();
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, text);
    expect(text).toBe(readFileSync(golden, 'utf8'));
  });
});
