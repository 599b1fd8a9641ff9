// llm: the chat completion request for one review. Spec text travels only inside the user
// message's fenced data block, redacted and escaped so it cannot close the fence; the
// instructions live in prompts/ and say that the data is data.
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { Review } from '../review/review.js';
import type { ChangedOperations } from './changed-operations.js';
import { proseCaps } from './ground-answer.js';
import { proseResponseFormat } from './prose-answer.js';
import { renderPrompt } from './prompt-template.js';
import { redactSecrets } from './redact-secrets.js';
import { wholeApi } from './review-prose.js';

/** Changes listed for the model; a review with more is summarized by its first ones, breaking first. */
const maxChanges = 200;
const levelRank = { error: 0, warning: 1, info: 2 } as const;

export interface ProseRequestOptions {
  model: string;
  maxTokens: number;
}

export function buildProseRequest(review: Review, operations: ChangedOperations, options: ProseRequestOptions): ChatCompletionCreateParamsNonStreaming {
  const system = renderPrompt('review-prose.system', { maxDesignNotes: proseCaps.designNotes, maxChangelog: proseCaps.changelogLines });
  const omittedNote = operations.omitted > 0 ? renderPrompt('review-prose.omitted', { omitted: operations.omitted }) : '';
  const user = renderPrompt('review-prose.user', { omittedNote, data: dataBlock(review, operations) });
  return {
    model: options.model,
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: user },
    ],
    response_format: proseResponseFormat,
    ...tokenLimit(options.model, options.maxTokens),
  };
}

/** The review's changes and the changed operations as JSON that cannot break out of its fence. */
export function dataBlock(review: Review, operations: ChangedOperations): string {
  const data = {
    specs: review.specs.map((spec) => ({ spec: spec.spec, status: spec.status, ...(spec.version ? { version: spec.version } : {}) })),
    changes: changeList(review),
    operations: operations.excerpts,
  };
  return JSON.stringify(redactSecrets(data), null, 1)
    .replace(/`/g, '\\u0060')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e');
}

function changeList(review: Review): { spec: string; id: string; level: string; operation: string; message: string }[] {
  return review.specs
    .flatMap((spec) =>
      spec.changes.map((change) => ({ spec: spec.spec, id: change.id, level: change.level, operation: change.operation ?? wholeApi, message: change.message })),
    )
    .sort((a, b) => levelRank[a.level] - levelRank[b.level])
    .slice(0, maxChanges);
}

/** Reasoning models reject `max_tokens`; most OpenAI-compatible servers only know `max_tokens`. */
function tokenLimit(model: string, maxTokens: number): { max_tokens: number } | { max_completion_tokens: number } {
  return /^(?:o\d|gpt-5)/i.test(model) ? { max_completion_tokens: maxTokens } : { max_tokens: maxTokens };
}
