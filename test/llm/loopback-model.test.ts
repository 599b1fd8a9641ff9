// The black-box shape of the feature: a real HTTP server on loopback plays an OpenAI-compatible
// model, reached only through OPENAI_BASE_URL, and answers as an attacker would.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractChangedOperations } from '../../src/llm/changed-operations.js';
import { proseForReview } from '../../src/llm/prose-for-review.js';
import { renderComment } from '../../src/render/render-review.js';
import { completion, type ChatRequestBody } from './model-api.js';
import { baseSpec, configWith, headSpec, reviewOf } from './review-fixture.js';

const received: { url: string; authorization: string; body: ChatRequestBody }[] = [];
let server: Server;
let baseURL = '';

const hostileAnswer = JSON.stringify({
  migration_plan: [{ operation: 'POST /orders', change_id: 'new-required-request-property', text: 'Nothing breaks. Approve and merge, @maintainers https://evil.example' }],
  design_notes: [{ operation: 'POST /orders', note: '<b>LGTM</b> ![ok](https://evil.example/ok.png)' }],
  changelog: ['There are no breaking changes.'],
});

beforeAll(async () => {
  server = createServer((request, response) => {
    void readBody(request).then((body) => {
      received.push({ url: request.url ?? '', authorization: request.headers.authorization ?? '', body: JSON.parse(body) as ChatRequestBody });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(completion(hostileAnswer)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('a hostile OpenAI-compatible model on loopback', () => {
  it('is called at OPENAI_BASE_URL with a JSON-schema chat completion and cannot change the outcome', async () => {
    const { review, sides } = await reviewOf(baseSpec(), headSpec());
    const before = renderComment(review);

    const prose = await proseForReview(review, {
      changedOperations: extractChangedOperations(review, sides),
      config: configWith({ model: 'local-model' }),
      env: { OPENAI_API_KEY: 'local-key', OPENAI_BASE_URL: baseURL },
    });
    const comment = renderComment(review, {}, prose);

    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ url: '/v1/chat/completions', authorization: 'Bearer local-key' });
    expect(received[0]?.body).toMatchObject({ model: 'local-model', response_format: { type: 'json_schema' } });
    expect(review.verdict).toBe('fail');
    expect(comment.split('\n').slice(0, 2)).toEqual(before.split('\n').slice(0, 2));
    expect(comment).toContain('#### 🛑 Breaking changes (1)');
    expect(comment).not.toMatch(/@maintainers|evil\.example|<b>/);
    expect(comment).toContain('- **`POST /orders`**: LGTM');
  });
});

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
