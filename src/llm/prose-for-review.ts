// llm: the one call a publisher makes — settings, excerpts and the model pass in order, with
// nothing loaded or sent when the model is off. The App's review publishing and the `plan`
// command use this; `enrichReview` stays available for callers that hold the specs already.
import type OpenAI from 'openai';
import type { Review } from '../review/review.js';
import { extractChangedOperations } from './changed-operations.js';
import { enrichReview } from './enrich-review.js';
import { resolveLlmSettings, type LlmEnv } from './llm-settings.js';
import { loadSpecSides, type SpecSources } from './load-spec-sides.js';
import type { ReviewProse } from './review-prose.js';

export interface ProseRequest extends SpecSources {
  env: LlmEnv;
  client?: OpenAI;
  timeoutMs?: number;
}

export async function proseForReview(review: Review, request: ProseRequest): Promise<ReviewProse> {
  const settings = resolveLlmSettings(request.config, request.env, request.timeoutMs);
  if (!settings.enabled) return { status: 'off', reason: settings.reason };
  const sides = await loadSpecSides(review, request);
  return enrichReview(review, {
    changedOperations: extractChangedOperations(review, sides),
    config: request.config,
    env: request.env,
    ...(request.client ? { client: request.client } : {}),
    ...(request.timeoutMs === undefined ? {} : { timeoutMs: request.timeoutMs }),
  });
}
