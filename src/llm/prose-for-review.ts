// llm: the one call a publisher makes — settings, then the model pass, with nothing sent when the
// model is off. The spec excerpts come with the review from the worker that analysed it
// (pipeline/model-excerpts.ts): prose never loads or parses a spec again.
import type OpenAI from 'openai';
import type { ReviewConfig } from '../config/config-schema.js';
import type { Review } from '../review/review.js';
import type { ChangedOperations } from './changed-operations.js';
import { enrichReview } from './enrich-review.js';
import { resolveLlmSettings, type LlmEnv } from './llm-settings.js';
import type { ReviewProse } from './review-prose.js';

export interface ProseRequest {
  /** The changed operations' spec excerpts, cut by the review's analysis. */
  changedOperations: ChangedOperations;
  config: ReviewConfig;
  env: LlmEnv;
  client?: OpenAI;
  timeoutMs?: number;
}

export async function proseForReview(review: Review, request: ProseRequest): Promise<ReviewProse> {
  const settings = resolveLlmSettings(request.config, request.env, request.timeoutMs);
  if (!settings.enabled) return { status: 'off', reason: settings.reason };
  return enrichReview(review, {
    changedOperations: request.changedOperations,
    config: request.config,
    env: request.env,
    ...(request.client ? { client: request.client } : {}),
    ...(request.timeoutMs === undefined ? {} : { timeoutMs: request.timeoutMs }),
  });
}
