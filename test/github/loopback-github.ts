// The one fake GitHub served over loopback HTTP, for clients the tests cannot route through nock:
// a built entry in its own process, or an Octokit pointed at a GitHub Enterprise host. Requests
// reach `FakeGitHub.answer` as they reach it through nock, the `authorization` header included.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeGitHub } from './fake-github.js';

export interface LoopbackGitHub {
  port: number;
  /** The REST API's root as GitHub Enterprise Server names it: `http://127.0.0.1:PORT/api/v3`. */
  apiUrl: string;
  close(): Promise<void>;
}

/** Serves `fake` on a free loopback port; its pagination links then point there. */
export async function serveFakeGitHub(fake: FakeGitHub): Promise<LoopbackGitHub> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const answer = fake.answer(request.method ?? 'GET', request.url ?? '/', text === '' ? undefined : (JSON.parse(text) as unknown), request.headers.authorization);
      const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? '');
      response.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...answer.headers }).end(body);
    });
  });
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  const apiUrl = `http://127.0.0.1:${port}/api/v3`;
  fake.apiBase = apiUrl;
  return { port, apiUrl, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
