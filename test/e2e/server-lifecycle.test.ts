// End to end: the built server's start and stop as an operator sees them, in real child processes.
// It refuses to start without a real WEBHOOK_SECRET; on SIGTERM it stops taking webhooks, lets a
// running review finish within SHUTDOWN_GRACE_SECONDS, completes the check run of one that cannot
// (neutral), and exits 0. GitHub is a loopback fake that can hold the review's tree reads.
import { createHmac, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../github/fake-github.js';
import { pullRequestEvent } from '../github/webhook-payloads.js';
import { buildEntries, freePort, root, startBuiltEntry, until, type BuiltEntry } from './built-entry.js';

const spec = (name: string): string => readFileSync(new URL(`test/fixtures/webhooks/specs/${name}`, root), 'utf8');
const secret = 'lifecycle-webhook-secret';
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });

/** The review's reads of git trees and blobs wait while held: the review is then surely running. */
const heldPath = /\/git\/(trees|blobs)\//;

interface Harness {
  fake: FakeGitHub;
  server: Server;
  port: number;
  held: number;
  release(): void;
}

let harness: Harness;

beforeAll(async () => {
  await buildEntries('dist/server/start-server.js');
});

afterAll(async () => {
  await new Promise<void>((resolve) => (harness ? harness.server.close(() => resolve()) : resolve()));
});

async function startFakeGitHub(): Promise<Harness> {
  const fake = new FakeGitHub({ baseFiles: { 'openapi.yaml': spec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': spec('pets-v2-breaking.yaml') } });
  const waiting: (() => void)[] = [];
  let holding = true;
  const state: Harness = {
    fake,
    server: createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const reply = (): void => {
          const text = Buffer.concat(chunks).toString('utf8');
          const answer = fake.answer(request.method ?? 'GET', request.url ?? '/', text === '' ? undefined : (JSON.parse(text) as unknown));
          const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? '');
          response.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...answer.headers }).end(body);
        };
        if (holding && heldPath.test(request.url ?? '')) {
          state.held += 1;
          waiting.push(reply);
        } else reply();
      });
    }),
    port: 0,
    held: 0,
    release: () => {
      holding = false;
      for (const reply of waiting.splice(0)) reply();
    },
  };
  state.port = await listen(state.server);
  fake.apiBase = `http://127.0.0.1:${state.port}/api/v3`;
  return state;
}

interface RunningApp extends BuiltEntry {
  url: string;
}

async function startApp(env: Record<string, string | undefined>, fakePort: number): Promise<RunningApp> {
  const port = await freePort();
  const started = startBuiltEntry('dist/server/start-server.js', {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    APP_ID: '1',
    PRIVATE_KEY: privateKey,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    GHE_HOST: `127.0.0.1:${fakePort}`,
    GHE_PROTOCOL: 'http',
    ...env,
  });
  return { ...started, url: `http://127.0.0.1:${port}` };
}

function sendPullRequest(app: RunningApp, fake: FakeGitHub, delivery: string): Promise<Response> {
  const body = JSON.stringify(pullRequestEvent(fake, 'opened').payload);
  return fetch(`${app.url}/api/github/webhooks`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'pull_request',
      'x-github-delivery': delivery,
      'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
    },
    body,
  });
}

function completedConclusions(fake: FakeGitHub): unknown[] {
  return fake.find('PATCH', /\/check-runs\/\d+$/).filter((request) => request.body?.status === 'completed').map((request) => request.body?.conclusion);
}

describe('the built server refuses to start without a real webhook secret', () => {
  it.each([
    { name: 'unset', env: { WEBHOOK_SECRET: undefined }, message: 'WEBHOOK_SECRET is not set' },
    { name: "Probot's default", env: { WEBHOOK_SECRET: 'development' }, message: `Probot's default "development"` },
  ])('$name: exits 1 with the reason', async ({ env, message }) => {
    const app = await startApp(env, 9);
    expect(await app.exited).toBe(1);
    expect(app.log()).toContain(message);
  });
});

describe('the built server on SIGTERM', () => {
  it.each([
    { name: 'a review that finishes within the grace period publishes its verdict', grace: '20', releaseAfterMs: 300, conclusion: 'failure', comments: 1 },
    { name: 'a review still running at the end of the grace period gets a neutral check run', grace: '1', releaseAfterMs: undefined, conclusion: 'neutral', comments: 0 },
  ])('$name', async ({ grace, releaseAfterMs, conclusion, comments }) => {
    harness = await startFakeGitHub();
    const app = await startApp({ WEBHOOK_SECRET: secret, SHUTDOWN_GRACE_SECONDS: grace }, harness.port);
    await until(async () => (await fetch(`${app.url}/healthz`).catch(() => undefined))?.ok === true, 'the server answers /healthz', app.log);
    void sendPullRequest(app, harness.fake, `lifecycle-${grace}`).catch(() => undefined);
    await until(() => harness.held > 0, 'the review reads the trees', app.log);
    expect(harness.fake.find('POST', /\/check-runs$/)).toHaveLength(1);

    app.child.kill('SIGTERM');
    await until(() => app.log().includes('no new webhooks'), 'the server is stopping', app.log);
    await expect(fetch(`${app.url}/healthz`)).rejects.toThrow();
    if (releaseAfterMs !== undefined) setTimeout(() => harness.release(), releaseAfterMs);

    expect(await app.exited).toBe(0);
    harness.release();
    expect(completedConclusions(harness.fake)).toEqual([conclusion]);
    expect(harness.fake.find('POST', /\/issues\/7\/comments$/)).toHaveLength(comments);
    if (conclusion === 'neutral') {
      const completed = harness.fake.find('PATCH', /\/check-runs\/\d+$/).at(-1)?.body as { output?: { summary?: string } } | undefined;
      expect(completed?.output?.summary).toContain('the App was stopped');
    }
    await new Promise<void>((resolve) => harness.server.close(() => resolve()));
  });
});

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}
