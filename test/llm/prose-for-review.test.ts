import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { proseForReview } from '../../src/llm/prose-for-review.js';
import { extractChangedOperations } from '../../src/llm/changed-operations.js';
import { answer, completion, env, modelApi, sentData } from './model-api.js';
import { baseSpec, configWith, headSpec, reviewOf } from './review-fixture.js';

afterEach(() => {
  nock.cleanAll();
});

describe('proseForReview', () => {
  it('sends the changed operations the review brought', async () => {
    const { review, sides } = await reviewOf(baseSpec(), headSpec());
    const api = modelApi();
    api.interceptor().reply(200, completion(answer({ changelog: ['Orders now require a currency.'] })));

    const prose = await proseForReview(review, { changedOperations: extractChangedOperations(review, sides), config: configWith(), env });

    expect(prose).toMatchObject({ status: 'model', changelog: ['Orders now require a currency.'] });
    expect(sentData(api.bodies[0]!).operations.map((excerpt) => excerpt.operation)).toEqual(['POST /orders', 'GET /orders/{id}', 'POST /orders/{id}/cancel']);
  });

  it('calls no model when off', async () => {
    const { review, sides } = await reviewOf(baseSpec(), headSpec());
    const api = modelApi();
    api.interceptor().reply(200, completion(answer({})));
    const prose = await proseForReview(review, { changedOperations: extractChangedOperations(review, sides), config: configWith(), env: {} });
    expect(api.bodies).toEqual([]);
    expect(prose).toEqual({ status: 'off', reason: 'OPENAI_API_KEY is not set' });
  });

  it('sends max_completion_tokens to reasoning models, which reject max_tokens', async () => {
    const { review, sides } = await reviewOf(baseSpec(), headSpec());
    const api = modelApi();
    api.interceptor().reply(200, completion(answer({})));

    await proseForReview(review, { changedOperations: extractChangedOperations(review, sides), config: configWith({ model: 'o4-mini', max_tokens: 800 }), env });

    expect(api.bodies[0]).toMatchObject({ model: 'o4-mini', max_completion_tokens: 800 });
    expect(api.bodies[0]).not.toHaveProperty('max_tokens');
  });
});
