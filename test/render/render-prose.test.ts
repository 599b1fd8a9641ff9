import { describe, expect, it } from 'vitest';
import type { ReviewProse } from '../../src/llm/review-prose.js';
import { renderCheckSummary, renderComment } from '../../src/render/render-review.js';
import type { Review } from '../../src/review/review.js';
import { baseSpec, headSpec, reviewOf } from '../llm/review-fixture.js';

/** The deterministic wording, read from the review so these tests do not pin the catalog's hints. */
function deterministicStep(review: Review, operation: string): string {
  return review.specs[0]?.migrationPlan.find((group) => group.operation === operation)?.steps[0]?.text ?? 'missing';
}

const modelProse: ReviewProse = {
  status: 'model',
  model: 'gpt-4o-mini',
  migrationPlan: [{ spec: 'openapi.yaml', operation: 'POST /orders', changeId: 'new-required-request-property', text: 'Add a currency to every order.' }],
  designNotes: [{ operation: 'POST /orders/{id}/cancel', text: 'A verb in the path; consider PATCH on the order.' }],
  changelog: ['Orders require a currency.'],
  droppedSteps: 0,
};

describe('renderComment with prose', () => {
  it('renders exactly as before without prose or with prose that is off', async () => {
    const { review } = await reviewOf(baseSpec(), headSpec());
    const before = renderComment(review);
    expect(renderComment(review, {}, { status: 'off', reason: 'OPENAI_API_KEY is not set' })).toBe(before);
    expect(before).toContain('#### Migration plan for API consumers\n');
    expect(before).not.toMatch(/Advisory|Changelog|Model-assisted/);
  });

  it('shows the fallback note once and the deterministic plan', async () => {
    const { review } = await reviewOf(baseSpec(), headSpec());
    const note = 'Model-assisted prose is not shown: the model did not answer within 30 s; the migration plan is the deterministic one.';

    const comment = renderComment(review, {}, { status: 'fallback', reason: 'the model did not answer within 30 s', note });

    expect(comment.split(note)).toHaveLength(2);
    // The deterministic plan puts the breaking operation first.
    expect(comment).toContain('#### Migration plan for API consumers\n1. **`POST /orders`**');
    expect(comment).toContain(`1. **\`GET /orders/{id}\`**\n   - ${deterministicStep(review, 'GET /orders/{id}')}`);
  });

  it('marks the model-worded plan and the advisory sections, keeping the verdict and the check summary', async () => {
    const { review } = await reviewOf(baseSpec(), headSpec());

    const comment = renderComment(review, {}, modelProse);

    expect(comment).toContain('## ❌ API Review');
    expect(comment).toContain(
      [
        '#### Migration plan for API consumers _(model-assisted wording, advisory; every step is tied to a detected change)_',
        '1. **`GET /orders/{id}`**',
        `   - ${deterministicStep(review, 'GET /orders/{id}')}`,
        '1. **`POST /orders`**',
        '   - Add a currency to every order.',
      ].join('\n'),
    );
    expect(comment).toContain('#### 💡 Advisory: design notes\n_Model-generated and advisory: not part of the verdict._\n- **`POST /orders/{id}/cancel`**: A verb in the path; consider PATCH on the order.');
    expect(comment).toContain('#### 📝 Changelog\n_Model-generated draft and advisory._\n- Orders require a currency.');
    expect(renderCheckSummary(review)).not.toContain('Advisory');
  });
});
