// The App's identity: learned from GitHub's answer to creating a check run when that comes first,
// so a review costs no `GET /app`; asked when the answer does not name the App.
import nock from 'nock';
import { ProbotOctokit, type Probot } from 'probot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appIdentityOf, learnAppIdentity } from '../../src/github/bot-login.js';
import { nockedFakeGitHub } from './github-nock.js';
import { loadedProbot } from './probot-harness.js';
import { webhookSpec } from './webhook-specs.js';
import { pullRequestEvent } from './webhook-payloads.js';

let probot: Probot;
beforeEach(async () => {
  probot = await loadedProbot();
});
afterEach(() => {
  nock.cleanAll();
});

describe('the App identity of a review', () => {
  it('comes from the check run answer: no GET /app, and the next push finds the comment the first posted', async () => {
    const fake = nockedFakeGitHub({ baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml') } });
    await probot.receive(pullRequestEvent(fake, 'opened'));
    await probot.receive(pullRequestEvent(fake, 'synchronize', { labels: ['breaking-change'] }));
    expect(fake.find('GET', /^\/app$/)).toHaveLength(0);
    expect(fake.find('POST', /\/issues\/7\/comments$/)).toHaveLength(1);
    // The second review found the first one's comment as this App's: unchanged, so not even edited.
    expect(fake.find('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(0);
    expect(fake.comments).toHaveLength(1);
  });
});

describe('learnAppIdentity', () => {
  // Each case its own host: identities are remembered per GitHub host for the life of the process.
  const clientOn = (host: string): InstanceType<typeof ProbotOctokit> =>
    new ProbotOctokit({ baseUrl: `https://${host}/api/v3`, auth: { token: 'test-token' }, retry: { enabled: false }, throttle: { enabled: false } });

  it.each([
    { name: 'an answer naming the App', app: { id: 42, slug: 'api-review-bot' }, asked: false, expected: { login: 'api-review-bot[bot]', id: 42 } },
    { name: 'an answer without the App', app: null, asked: true, expected: { login: 'asked-bot[bot]', id: 7 } },
    { name: 'an answer without a slug', app: { id: 42 }, asked: true, expected: { login: 'asked-bot[bot]', id: 7 } },
  ])('$name', async ({ app, asked, expected }) => {
    const host = `ghe-${Math.random().toString(36).slice(2)}.example`;
    const scope = nock(`https://${host}`).get('/api/v3/app').reply(200, { id: 7, slug: 'asked-bot' });
    const octokit = clientOn(host);
    learnAppIdentity(octokit, app);
    expect(await appIdentityOf(octokit)).toEqual(expected);
    expect(scope.isDone()).toBe(asked);
  });

  it('never replaces an identity already known', async () => {
    const host = `ghe-${Math.random().toString(36).slice(2)}.example`;
    nock(`https://${host}`).get('/api/v3/app').reply(200, { id: 7, slug: 'asked-bot' });
    const octokit = clientOn(host);
    expect(await appIdentityOf(octokit)).toEqual({ login: 'asked-bot[bot]', id: 7 });
    learnAppIdentity(octokit, { id: 99, slug: 'other-app' });
    expect(await appIdentityOf(octokit)).toEqual({ login: 'asked-bot[bot]', id: 7 });
  });
});
