// Test support: the model's API as nock sees it — a base URL, a chat completion reply and a
// recorder for request bodies, so tests assert what was sent, not just that a call happened.
import nock from 'nock';
import type { ProseAnswer } from '../../src/llm/prose-answer.js';

export const baseURL = 'https://llm.example.test/openai/v1';
export const env = { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: baseURL };

export interface ChatRequestBody {
  model: string;
  messages: { role: string; content: string }[];
  response_format: { type: string; json_schema: { name: string; strict: boolean; schema: { required: string[] } } };
  max_tokens?: number;
  max_completion_tokens?: number;
}

export function completion(content: string, finishReason = 'stop'): object {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_750_000_000,
    model: 'gpt-4o-mini',
    choices: [{ index: 0, finish_reason: finishReason, logprobs: null, message: { role: 'assistant', content, refusal: null } }],
    usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
  };
}

export function answer(partial: Partial<ProseAnswer>): string {
  return JSON.stringify({ migration_plan: [], design_notes: [], changelog: [], ...partial });
}

/** A scope for the chat completions endpoint that records every request body it receives. */
export function modelApi(): { scope: nock.Scope; bodies: ChatRequestBody[]; interceptor: () => nock.Interceptor } {
  const bodies: ChatRequestBody[] = [];
  const scope = nock('https://llm.example.test');
  const interceptor = (): nock.Interceptor =>
    scope.post('/openai/v1/chat/completions', (body: ChatRequestBody) => {
      bodies.push(body);
      return true;
    });
  return { scope, bodies, interceptor };
}

/** The JSON between the user message's fence: what the model received as data. */
export function sentData(body: ChatRequestBody): { changes: { id: string; operation: string }[]; operations: { operation: string }[] } {
  const user = body.messages.find((message) => message.role === 'user')?.content ?? '';
  const match = /BEGIN REVIEW DATA[^\n]*\n```json\n([\s\S]*?)\n```\nEND REVIEW DATA/.exec(user);
  if (!match?.[1]) throw new Error('no data block in the user message');
  return JSON.parse(match[1]) as ReturnType<typeof sentData>;
}
