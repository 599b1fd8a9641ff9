// End to end: the built server (`node --max-semi-space-size=128 dist/server/start-server.js`, as `npm start` runs it) with a
// generated private key, GitHub served by a loopback fake (GHE_HOST/GHE_PROTOCOL), and a signed
// webhook sent over loopback. Asserts the calls the App made, not its internals.
import { createHmac, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../github/fake-github.js';
import { serveFakeGitHub, type LoopbackGitHub } from '../github/loopback-github.js';
import { pullRequestEvent } from '../github/webhook-payloads.js';
import { buildEntries, freePort, root, startBuiltEntry, until, type BuiltEntry } from './built-entry.js';

const spec = (name: string): string => readFileSync(new URL(`test/fixtures/webhooks/specs/${name}`, root), 'utf8');
const secret = 'e2e-webhook-secret';

let fake: FakeGitHub;
let fakeServer: LoopbackGitHub | undefined;
let app: BuiltEntry | undefined;
let appUrl: string;
const appLog = (): string => app?.log() ?? '';

beforeAll(async () => {
  // The built server is what is tested, so the build must succeed.
  await buildEntries('dist/server/start-server.js');

  fake = new FakeGitHub({ baseFiles: { 'openapi.yaml': spec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': spec('pets-v2-breaking.yaml') } });
  fakeServer = await serveFakeGitHub(fake);

  const appPort = await freePort();
  appUrl = `http://127.0.0.1:${appPort}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  app = startBuiltEntry(
    'dist/server/start-server.js',
    {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      APP_ID: '1',
      PRIVATE_KEY: privateKey,
      WEBHOOK_SECRET: secret,
      PORT: String(appPort),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
      GHE_HOST: `127.0.0.1:${fakeServer.port}`,
      GHE_PROTOCOL: 'http',
    },
    ['--max-semi-space-size=128'],
  );
  await until(async () => (await fetch(`${appUrl}/healthz`).catch(() => undefined))?.ok === true, 'the server answers /healthz', appLog);
});

afterAll(async () => {
  app?.child.kill('SIGTERM');
  await fakeServer?.close();
});

describe('the built App server', () => {
  it('reviews a breaking pull request from a signed webhook: failure, one comment, the label', async () => {
    const event = pullRequestEvent(fake, 'opened');
    const body = JSON.stringify(event.payload);
    const response = await fetch(`${appUrl}/api/github/webhooks`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'pull_request',
        'x-github-delivery': 'e2e-delivery-1',
        'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
      },
      body,
    });
    expect(response.status).toBeLessThan(300);
    const completed = (): Record<string, unknown> | undefined =>
      fake.find('PATCH', /\/check-runs\/\d+$/).find((request) => request.body?.status === 'completed')?.body;
    await until(() => appLog().includes('"msg":"review finished"'), 'the review has finished', appLog);

    expect(fake.find('POST', /\/app\/installations\/1\/access_tokens$/)).toHaveLength(1);
    expect(fake.find('POST', /\/check-runs$/)[0]?.body).toEqual(expect.objectContaining({ name: 'API Review', status: 'in_progress', external_id: '7' }));
    expect(completed()?.conclusion).toBe('failure');
    expect(fake.find('POST', /\/issues\/7\/comments$/)).toHaveLength(1);
    expect(fake.find('POST', /\/issues\/7\/labels$/)[0]?.body).toEqual({ labels: ['breaking-change'] });
    // No config file: its lookup costs two calls (the repository, then the organization's `.github`).
    expect(fake.reviewCalls().length).toBeLessThanOrEqual(10);
    // A fresh server learns its App from the check run it created: it never asks GET /app.
    expect(fake.find('GET', /^(\/api\/v3)?\/app$/)).toHaveLength(0);
    expect(appLog()).toMatch(/"githubApiCalls":\d+/);
    expect(appLog()).not.toContain('ghs_test');
  });

  it('rejects a webhook with a wrong signature', async () => {
    const response = await fetch(`${appUrl}/api/github/webhooks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-github-event': 'ping', 'x-github-delivery': 'e2e-2', 'x-hub-signature-256': 'sha256=00' },
      body: '{}',
    });
    expect(response.status).toBe(400);
  });

  it('serves Prometheus metrics with the review counted', async () => {
    const response = await fetch(`${appUrl}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('api_review_reviews_total{conclusion="failure"} 1');
    expect(text).toMatch(/api_review_github_api_calls_total \d+/);
  });
});
