import { describe, expect, it } from 'vitest';
import { resolveLlmSettings } from '../../src/llm/llm-settings.js';
import { configWith } from './review-fixture.js';

describe('resolveLlmSettings', () => {
  it.each([
    { name: 'disabled in the config', enabled: false, env: { OPENAI_API_KEY: 'k' }, expected: { enabled: false, reason: 'llm.enabled is false in the repository config' } },
    { name: 'enabled without a key', enabled: true, env: {}, expected: { enabled: false, reason: 'OPENAI_API_KEY is not set' } },
    {
      name: 'enabled with a key, default server',
      enabled: true,
      env: { OPENAI_API_KEY: 'k' },
      expected: { enabled: true, apiKey: 'k', baseURL: undefined, model: 'gpt-4o-mini', maxTokens: 2000, timeoutMs: 30_000 },
    },
    {
      name: 'an OpenAI-compatible server',
      enabled: true,
      env: { OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' },
      expected: { enabled: true, apiKey: 'k', baseURL: 'http://127.0.0.1:11434/v1', model: 'gpt-4o-mini', maxTokens: 2000, timeoutMs: 30_000 },
    },
  ])('$name', ({ enabled, env, expected }) => {
    expect(resolveLlmSettings(configWith({ enabled }), env)).toEqual(expected);
  });

  it('takes the model and token budget from the repo config', () => {
    expect(resolveLlmSettings(configWith({ model: 'llama3.1', max_tokens: 500 }), { OPENAI_API_KEY: 'k' }, 5_000)).toMatchObject({
      model: 'llama3.1',
      maxTokens: 500,
      timeoutMs: 5_000,
    });
  });
});
