// llm: one chat completion within the review's time budget. At most one retry, only for a
// rate limit, a 5xx or a dropped connection, and only when the wait fits in the budget: a
// review never queues behind a struggling model.
import OpenAI from 'openai';
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';

export type ModelReply = { ok: true; completion: ChatCompletion } | { ok: false; reason: string };

export interface CallBudget {
  timeoutMs: number;
  /** Wait before the one retry when the server sends no `retry-after`. */
  retryDelayMs?: number;
}

const defaultRetryDelayMs = 500;

export async function callModel(client: OpenAI, body: ChatCompletionCreateParamsNonStreaming, budget: CallBudget): Promise<ModelReply> {
  const deadline = Date.now() + budget.timeoutMs;
  const signal = AbortSignal.timeout(budget.timeoutMs);
  for (let attempt = 1; ; attempt += 1) {
    try {
      const remaining = Math.max(1, deadline - Date.now());
      const completion = await client.chat.completions.create(body, { signal, timeout: remaining, maxRetries: 0 });
      return { ok: true, completion };
    } catch (error) {
      const wait = attempt === 1 ? retryWait(error, budget.retryDelayMs ?? defaultRetryDelayMs) : undefined;
      if (wait === undefined || Date.now() + wait >= deadline) return { ok: false, reason: failureReason(error, budget.timeoutMs) };
      await sleep(wait);
    }
  }
}

/** How long to wait before retrying, or `undefined` when retrying cannot help. */
function retryWait(error: unknown, fallbackMs: number): number | undefined {
  if (isTimeout(error)) return undefined;
  if (error instanceof OpenAI.APIConnectionError) return fallbackMs;
  if (!(error instanceof OpenAI.APIError) || error.status === undefined) return undefined;
  if (error.status !== 429 && error.status < 500) return undefined;
  const header = error.headers?.get('retry-after');
  const seconds = header === null || header === undefined ? Number.NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : fallbackMs;
}

function failureReason(error: unknown, timeoutMs: number): string {
  if (isTimeout(error)) return `the model did not answer within ${Math.round(timeoutMs / 100) / 10} s`;
  if (error instanceof OpenAI.APIConnectionError) return 'the model’s API could not be reached';
  if (error instanceof OpenAI.APIError && error.status === 429) return 'the model’s API is rate-limited (HTTP 429)';
  if (error instanceof OpenAI.APIError && error.status !== undefined) return `the model’s API answered HTTP ${error.status}`;
  return `the model call failed (${error instanceof Error ? error.name : 'unknown error'})`;
}

function isTimeout(error: unknown): boolean {
  return (
    error instanceof OpenAI.APIConnectionTimeoutError ||
    error instanceof OpenAI.APIUserAbortError ||
    (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError'))
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
