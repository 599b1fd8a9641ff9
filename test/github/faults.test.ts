// GitHub's bad moments, through the App with Probot's retry and throttling plugins configured as
// in production (only the wait unit shrinks to a millisecond): 502, 429 with Retry-After, a 403
// secondary rate limit, then OK. The review completes with one comment and a completed check run.
// Also redelivery and concurrent deliveries: never a second summary comment.
import nock from 'nock';
import { Probot } from 'probot';
import { afterEach, describe, expect, it } from 'vitest';
import app from '../../src/app.js';
import { resilientOctokit } from '../../src/github/resilient-octokit.js';
import { FakeGitHub, type FakeAnswer, type FakeRepoOptions } from './fake-github.js';
import { nockGitHub } from './github-nock.js';
import { pullRequestEvent } from './webhook-payloads.js';
import { webhookSpec } from './webhook-specs.js';

const breakingPull: FakeRepoOptions = { baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml') } };

const badGateway: FakeAnswer = { status: 502, body: { message: 'Bad Gateway' } };
const tooManyRequests: FakeAnswer = { status: 429, body: { message: 'Too Many Requests' }, headers: { 'retry-after': '2' } };
const secondaryLimit: FakeAnswer = {
  status: 403,
  body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
  headers: { 'retry-after': '3' },
};

/** The fake repository, answering the first requests of some routes with faults, in order. */
function faultyGitHub(options: FakeRepoOptions, faults: { method: string; path: RegExp; answers: FakeAnswer[] }[]): FakeGitHub {
  const fake = new FakeGitHub(options);
  for (const { method, path, answers } of faults) for (const answer of answers) fake.failNext(method, path, answer);
  return fake;
}

async function probotWithResilience(): Promise<Probot> {
  const probot = new Probot({
    githubToken: 'test-token',
    logLevel: 'fatal',
    Octokit: resilientOctokit({ retries: 3, retryAfterBaseMs: 1, rateLimitRetries: 3, maxRetryAfterSeconds: 60 }),
  });
  await probot.load(app, { cwd: process.cwd(), addHandler: () => undefined });
  return probot;
}

function completions(fake: FakeGitHub): Record<string, unknown>[] {
  // Completions GitHub accepted: a faulted request is recorded too, with the fault's status.
  return fake.find('PATCH', /\/check-runs\/\d+$/).filter((request) => request.status === 200 && request.body?.status === 'completed').map((request) => request.body ?? {});
}

afterEach(() => {
  nock.cleanAll();
});

describe('GitHub faults that clear', () => {
  it('retries 502, 429 with Retry-After and a secondary rate limit, then completes with one comment', async () => {
    const fake = faultyGitHub(breakingPull, [
      { method: 'GET', path: /\/git\/blobs\//, answers: [badGateway, tooManyRequests, secondaryLimit] },
      { method: 'POST', path: /\/issues\/7\/comments$/, answers: [badGateway, secondaryLimit] },
      { method: 'PATCH', path: /\/check-runs\/\d+$/, answers: [tooManyRequests] },
    ]);
    nockGitHub(fake);
    await (await probotWithResilience()).receive(pullRequestEvent(fake, 'opened'));

    expect(completions(fake).map((body) => body.conclusion)).toEqual(["failure"]);
    expect(fake.comments.filter((comment) => comment.user.type === 'Bot')).toHaveLength(1);
    expect(fake.find('POST', /\/issues\/7\/comments$/).length).toBe(3); // two faults, one success
  });

  it('gives up on a rate limit that outlasts the retries and completes the check as neutral, saying so', async () => {
    const fake = faultyGitHub(breakingPull, [{ method: 'GET', path: /\/git\/blobs\//, answers: Array.from({ length: 10 }, () => secondaryLimit) }]);
    nockGitHub(fake);
    await (await probotWithResilience()).receive(pullRequestEvent(fake, 'opened'));

    const [done] = completions(fake);
    expect(done?.conclusion).toBe('neutral');
    expect((done?.output as { summary: string }).summary).toMatch(/GitHub answered 403/);
    expect(fake.find('POST', /\/issues\/7\/comments$/)).toHaveLength(0);
  });
});

describe('deliveries that repeat', () => {
  it('a redelivered webhook edits the one summary comment instead of posting another', async () => {
    const fake = new FakeGitHub(breakingPull);
    nockGitHub(fake);
    const probot = await probotWithResilience();
    const event = pullRequestEvent(fake, 'synchronize');
    await probot.receive(event);
    await probot.receive(event);
    expect(fake.comments.filter((comment) => comment.user.type === 'Bot')).toHaveLength(1);
    expect(completions(fake).map((body) => body.conclusion)).toEqual(['failure', 'failure']);
  });

  it('two deliveries at the same time still leave one summary comment', async () => {
    const fake = new FakeGitHub(breakingPull);
    nockGitHub(fake);
    const probot = await probotWithResilience();
    await Promise.all([probot.receive(pullRequestEvent(fake, 'synchronize')), probot.receive({ ...pullRequestEvent(fake, 'synchronize'), id: 'delivery-again' })]);
    expect(fake.comments.filter((comment) => comment.user.type === 'Bot')).toHaveLength(1);
    expect(completions(fake)).toHaveLength(2);
  });
});

describe('logs under faults', () => {
  it('never contain the private key, the webhook secret or the installation token', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const { pino } = await import('pino');
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    const secret = 'faults-webhook-secret-7f3a';
    let logs = '';
    const log = pino({ level: 'trace' }, { write: (line: string) => void (logs += line) });
    const fake = faultyGitHub(breakingPull, [{ method: 'GET', path: /\/git\/blobs\//, answers: [badGateway, secondaryLimit] }]);
    nockGitHub(fake);
    const probot = new Probot({ appId: 1, privateKey, secret, log, Octokit: resilientOctokit({ retries: 3, retryAfterBaseMs: 1, rateLimitRetries: 3, maxRetryAfterSeconds: 60 }) });
    await probot.load(app, { cwd: process.cwd(), addHandler: () => undefined });
    const event = pullRequestEvent(fake, 'opened');
    const body = JSON.stringify(event.payload);
    const { createHmac } = await import('node:crypto');
    await probot.webhooks.verifyAndReceive({ id: event.id, name: event.name, payload: body, signature: `sha256=${createHmac('sha256', secret).update(body).digest('hex')}` });

    expect(completions(fake).map((done) => done.conclusion)).toEqual(['failure']);
    expect(logs).toContain('rate limit'); // the logs were captured, faults included
    const keyBody = privateKey.split('\n').slice(1, -2).join('');
    for (const line of privateKey.split('\n').filter((text) => text.length > 20 && !text.startsWith('-----'))) expect(logs).not.toContain(line);
    expect(logs).not.toContain(keyBody.slice(0, 40));
    expect(logs).not.toContain(secret);
    expect(logs).not.toContain('ghs_test');
  });

  it('rejects a webhook with a bad signature and does no work', async () => {
    const fake = new FakeGitHub(breakingPull);
    nockGitHub(fake);
    const probot = new Probot({ githubToken: 'test-token', secret: 'right-secret', logLevel: 'fatal', Octokit: resilientOctokit() });
    await probot.load(app, { cwd: process.cwd(), addHandler: () => undefined });
    const event = pullRequestEvent(fake, 'opened');
    await expect(probot.webhooks.verifyAndReceive({ id: event.id, name: event.name, payload: JSON.stringify(event.payload), signature: 'sha256=' + '0'.repeat(64) })).rejects.toThrow();
    expect(fake.reviewCalls()).toEqual([]);
  });
});
