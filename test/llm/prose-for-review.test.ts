import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { proseForReview } from '../../src/llm/prose-for-review.js';
import type { FileSource } from '../../src/specs/file-source.js';
import { memorySource } from '../../src/specs/memory-source.js';
import { answer, completion, env, modelApi, sentData } from './model-api.js';
import { baseSpec, configWith, headSpec, reviewOf, specPath } from './review-fixture.js';

afterEach(() => {
  nock.cleanAll();
});

const unreadable: FileSource = {
  label: 'unreadable',
  read: () => Promise.reject(new Error('the model is off: nothing should be read')),
};

describe('proseForReview', () => {
  it('loads both sides of the reviewed specs and sends their changed operations', async () => {
    const { review } = await reviewOf(baseSpec(), headSpec());
    const api = modelApi();
    api.interceptor().reply(200, completion(answer({ changelog: ['Orders now require a currency.'] })));

    const prose = await proseForReview(review, {
      base: memorySource({ [specPath]: baseSpec() }),
      head: memorySource({ [specPath]: headSpec() }),
      config: configWith(),
      env,
    });

    expect(prose).toMatchObject({ status: 'model', changelog: ['Orders now require a currency.'] });
    expect(sentData(api.bodies[0]!).operations.map((excerpt) => excerpt.operation)).toEqual(['POST /orders', 'GET /orders/{id}', 'POST /orders/{id}/cancel']);
  });

  it('reads no file and calls no model when off', async () => {
    const { review } = await reviewOf(baseSpec(), headSpec());
    const prose = await proseForReview(review, { base: unreadable, head: unreadable, config: configWith(), env: {} });
    expect(prose).toEqual({ status: 'off', reason: 'OPENAI_API_KEY is not set' });
  });

  it('sends max_completion_tokens to reasoning models, which reject max_tokens', async () => {
    const { review } = await reviewOf(baseSpec(), headSpec());
    const api = modelApi();
    api.interceptor().reply(200, completion(answer({})));

    await proseForReview(review, {
      base: memorySource({ [specPath]: baseSpec() }),
      head: memorySource({ [specPath]: headSpec() }),
      config: configWith({ model: 'o4-mini', max_tokens: 800 }),
      env,
    });

    expect(api.bodies[0]).toMatchObject({ model: 'o4-mini', max_completion_tokens: 800 });
    expect(api.bodies[0]).not.toHaveProperty('max_tokens');
  });
});
