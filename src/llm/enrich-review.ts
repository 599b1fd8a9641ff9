// llm: the optional model pass over a finished review. It reads the review, never writes it:
// the result is a separate ReviewProse, and every way the model can fail (off, slow, limited,
// wrong shape, ungrounded) ends in the deterministic text plus one line saying why.
import OpenAI from 'openai';
import type { ReviewConfig } from '../config/config-schema.js';
import type { Review } from '../review/review.js';
import { callModel } from './call-model.js';
import type { ChangedOperations } from './changed-operations.js';
import { groundAnswer } from './ground-answer.js';
import { resolveLlmSettings, type LlmEnabled, type LlmEnv } from './llm-settings.js';
import { parseProseAnswer } from './prose-answer.js';
import { buildProseRequest } from './prose-request.js';
import type { ReviewProse } from './review-prose.js';

export interface EnrichInput {
  /** The changed operations' spec excerpts (see `extractChangedOperations`). */
  changedOperations: ChangedOperations;
  config: ReviewConfig;
  /** Reads `OPENAI_API_KEY` and `OPENAI_BASE_URL`. */
  env: LlmEnv;
  /** A client to reuse; by default one is made from the settings. Budgets apply either way. */
  client?: OpenAI;
  /** Wall-clock budget for the model pass (default 30 s). */
  timeoutMs?: number;
}

export async function enrichReview(review: Review, input: EnrichInput): Promise<ReviewProse> {
  const settings = resolveLlmSettings(input.config, input.env, input.timeoutMs);
  if (!settings.enabled) return { status: 'off', reason: settings.reason };
  if (review.specs.every((spec) => spec.changes.length === 0)) return { status: 'off', reason: 'no detected changes to explain' };
  const client = input.client ?? clientFor(settings);
  const body = buildProseRequest(review, input.changedOperations, settings);
  const reply = await callModel(client, body, { timeoutMs: settings.timeoutMs });
  if (!reply.ok) return fallback(reply.reason);
  const choice = reply.completion.choices[0];
  if (choice?.finish_reason === 'length') return fallback(`the answer exceeded the token budget (llm.max_tokens: ${settings.maxTokens})`);
  if (choice?.message.refusal) return fallback('the model declined to answer');
  const parsed = parseProseAnswer(choice?.message.content);
  if (!parsed.ok) return fallback(parsed.reason);
  return groundAnswer(review, parsed.answer, settings.model);
}

function clientFor(settings: LlmEnabled): OpenAI {
  // Retries are ours (call-model.ts): the SDK's default of two, with its own back-off, could outlast the budget.
  return new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseURL, maxRetries: 0, timeout: settings.timeoutMs });
}

function fallback(reason: string): ReviewProse {
  return { status: 'fallback', reason, note: `Model-assisted prose is not shown: ${reason}; the migration plan is the deterministic one.` };
}
