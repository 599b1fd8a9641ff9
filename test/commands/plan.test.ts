import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config-schema.js';
import { plan } from '../../src/commands/plan.js';
import { assessReview } from '../../src/review/assess-review.js';
import { breakingChange, specAnalysis } from '../review/analysis-fixtures.js';
import { commandContext } from './context.js';

const now = new Date('2026-01-05T10:00:00Z');

describe('plan', () => {
  it('replies with the migration plan of a fresh review', async () => {
    const review = assessReview({ specs: [specAnalysis([breakingChange('GET /orders', ['paths', '/orders', 'get'])])], config: defaultConfig, acceptances: [], now });
    const context = commandContext({ review });
    const outcome = await plan.run(context, '');
    expect(context.deps.log).toEqual(['rerun']);
    expect(outcome.reply).toContain('#### Migration plan for API consumers');
    expect(outcome.reply).toContain('**`openapi.yaml`**');
    expect(outcome.reply).toContain('1. **`GET /orders`**\n   - GET /orders was removed without deprecation.');
  });

  it('says when nothing asks anything of clients', async () => {
    const review = assessReview({ specs: [specAnalysis([])], config: defaultConfig, acceptances: [], now });
    expect((await plan.run(commandContext({ review }), '')).reply).toContain('Nothing to migrate');
  });

  it('says when no API description changed', async () => {
    const review = assessReview({ specs: [], config: defaultConfig, acceptances: [], now });
    expect((await plan.run(commandContext({ review }), '')).reply).toContain('This pull request changes no API description.');
  });

  it('says when the review could not run', async () => {
    const outcome = await plan.run(commandContext(), '');
    expect(outcome.reply).toContain('The review could not run on the head commit');
    expect(outcome.reaction).toBe('confused');
  });
});
