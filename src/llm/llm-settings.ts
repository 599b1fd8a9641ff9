// llm: whether and how the optional model is called, from the repo config (`llm.*`) and the
// process env. Off unless the repo enables it AND the operator provides a key: a repository
// alone can never make the App send its specs to a model.
import type { ReviewConfig } from '../config/config-schema.js';

/** The env variables read; any OpenAI-compatible server works through `OPENAI_BASE_URL`. */
export type LlmEnv = Readonly<Record<string, string | undefined>>;

export interface LlmEnabled {
  enabled: true;
  apiKey: string;
  /** `undefined`: the SDK default (api.openai.com). */
  baseURL: string | undefined;
  model: string;
  /** Completion tokens for the whole review (the one call, or its one retry). */
  maxTokens: number;
  /** Wall-clock budget for the whole review, retry included. */
  timeoutMs: number;
}

export interface LlmDisabled {
  enabled: false;
  reason: string;
}

export type LlmSettings = LlmEnabled | LlmDisabled;

/** Long enough for a small model to write ~2k tokens, short enough not to hold a webhook. */
export const defaultLlmTimeoutMs = 30_000;

export function resolveLlmSettings(config: ReviewConfig, env: LlmEnv, timeoutMs = defaultLlmTimeoutMs): LlmSettings {
  if (!config.llm.enabled) return { enabled: false, reason: 'llm.enabled is false in the repository config' };
  const apiKey = env.OPENAI_API_KEY?.trim();
  if (!apiKey) return { enabled: false, reason: 'OPENAI_API_KEY is not set' };
  const baseURL = env.OPENAI_BASE_URL?.trim();
  return {
    enabled: true,
    apiKey,
    baseURL: baseURL ? baseURL : undefined,
    model: config.llm.model,
    maxTokens: config.llm.max_tokens,
    timeoutMs: Math.max(1, timeoutMs),
  };
}
