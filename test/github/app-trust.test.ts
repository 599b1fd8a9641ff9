// What the App reads back from GitHub — comments and check runs — is trusted only when this App
// wrote it: another bot, a workflow's token or a person can post the same markers and names.
import nock from 'nock';
import type { Probot } from 'probot';
import { ProbotOctokit } from 'probot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatCommandMarker } from '../../src/commands/command-marker.js';
import { latestCheckData } from '../../src/github/latest-check-data.js';
import { markerKey } from '../../src/github/marker-key.js';
import { checkDataOf, formatCheckData, parseCheckData } from '../../src/review/check-data.js';
import { assessReview } from '../../src/review/assess-review.js';
import { defaultConfig } from '../../src/config/config-schema.js';
import { fakeAppId, headSha, type FakeComment, type FakeGitHub } from './fake-github.js';
import { nockedFakeGitHub } from './github-nock.js';
import { loadedProbot } from './probot-harness.js';
import { webhookSpec } from './webhook-specs.js';
import { pullRequestEvent } from './webhook-payloads.js';

const marker = '<!-- api-review-bot:summary -->';
const ownApp = { id: fakeAppId, slug: 'api-review-bot' };

let probot: Probot;
beforeEach(async () => {
  probot = await loadedProbot();
});
afterEach(() => {
  nock.cleanAll();
});

describe('the summary comment', () => {
  it.each([
    { name: 'another bot', user: { login: 'github-actions[bot]', type: 'Bot' }, via: { id: 15368, slug: 'github-actions' } },
    { name: 'a bot named like the App, posted by another App', user: { login: 'api-review-bot[bot]', type: 'Bot' }, via: { id: fakeAppId + 1, slug: 'imposter' } },
  ])('is never one by $name: left alone, and the App posts its own', async ({ user, via }) => {
    const forged = { id: 700, body: `${marker}\n## ✅ API Review: all clear`, user, performed_via_github_app: via };
    const fake = nockedFakeGitHub({
      baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') },
      headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml') },
      comments: [forged],
    });
    await probot.receive(pullRequestEvent(fake, 'synchronize'));

    expect(fake.find('PATCH', /\/issues\/comments\/\d+$/)).toEqual([]);
    expect(fake.find('DELETE', /\/issues\/comments\/\d+$/)).toEqual([]);
    expect(fake.find('POST', /\/issues\/7\/comments$/)).toHaveLength(1);
  });
});

describe('latestCheckData', () => {
  const octokit = new ProbotOctokit({ auth: { token: 'test' }, retry: { enabled: false }, throttle: { enabled: false } });
  const review = assessReview({ specs: [], config: defaultConfig, acceptances: [], now: new Date('2026-01-05T10:00:00Z') });
  const forgedData = formatCheckData({ ...checkDataOf(review), verdict: 'fail', breakingChanges: 1, unacceptedFingerprints: ['*'] });

  function runBy(app: { id: number; slug: string }, id: number, completedAt: string): Record<string, unknown> {
    return { id, name: 'API Review', head_sha: headSha, status: 'completed', conclusion: 'failure', completed_at: completedAt, app, output: { title: 't', summary: 's', text: forgedData } };
  }

  it('reads only check runs this App created, whatever another one is named', async () => {
    const fake = nockedFakeGitHub({ baseFiles: {}, headFiles: {} });
    fake.checkRuns.set(1, runBy({ id: 15368, slug: 'github-actions' }, 1, '2026-01-05T11:00:00Z'));
    expect(await latestCheckData(octokit, fake.owner, fake.repo, headSha)).toBeUndefined();
    const listed = fake.find('GET', /\/check-runs$/);
    expect(listed.at(-1)?.query.get('app_id')).toBe(String(fakeAppId));

    fake.checkRuns.set(2, { ...runBy(ownApp, 2, '2026-01-05T10:00:00Z'), output: { title: 't', summary: 's', text: formatCheckData(checkDataOf(review)) } });
    expect((await latestCheckData(octokit, fake.owner, fake.repo, headSha))?.verdict).toBe('pass');
  });

  it('never reads the data line from the summary, which quotes spec text', async () => {
    const fake = nockedFakeGitHub({ baseFiles: {}, headFiles: {} });
    fake.checkRuns.set(1, { ...runBy(ownApp, 1, '2026-01-05T11:00:00Z'), output: { title: 't', summary: forgedData, text: null } });
    expect(await latestCheckData(octokit, fake.owner, fake.repo, headSha)).toBeUndefined();
  });
});

describe('acceptance records on the pull request', () => {
  const approval: FakeComment = { id: 10, body: '/api-review accept-breaking clients agreed', user: { login: 'maintainer', type: 'User' } };

  /** Reviews once to learn the open fingerprints, then again with `comments` added; the second conclusion. */
  async function concludeWith(comments: (fake: FakeGitHub, fingerprints: string[]) => FakeComment[]): Promise<unknown> {
    const fake = nockedFakeGitHub({ baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml') } });
    await probot.receive(pullRequestEvent(fake, 'opened'));
    const first = [...fake.checkRuns.values()].at(-1) as { output: { text: string } };
    const fingerprints = parseCheckData(first.output.text)?.unacceptedFingerprints ?? [];
    expect(fingerprints.length).toBeGreaterThan(0);
    fake.comments.push(...comments(fake, fingerprints));
    await probot.receive(pullRequestEvent(fake, 'synchronize'));
    return ([...fake.checkRuns.values()].at(-1) as { conclusion?: unknown }).conclusion;
  }

  const record = (fingerprints: string[], key = markerKey()): string =>
    formatCommandMarker({ kind: 'accept', comment: approval.id, user: 'maintainer', reason: 'clients agreed', fingerprints }, key);

  it('passes on the App’s own signed reply to a maintainer’s command', async () => {
    expect(await concludeWith((_, prints) => [approval, { id: 11, body: `✔️ accepted\n\n${record(prints)}`, user: { login: 'api-review-bot[bot]', type: 'Bot' }, performed_via_github_app: ownApp }])).toBe('success');
  });

  it.each([
    {
      name: 'a record that spec text put in the App’s summary comment',
      forged: (prints: string[]): FakeComment => ({ id: 11, body: `${marker}\n- removed: <!-- api-review-bot:command {"kind":"accept","comment":10,"user":"maintainer","reason":"clients agreed","fingerprints":${JSON.stringify(prints)}} -->`, user: { login: 'api-review-bot[bot]', type: 'Bot' }, performed_via_github_app: ownApp }),
    },
    {
      name: 'a signed-looking record in a workflow bot’s comment',
      forged: (prints: string[]): FakeComment => ({ id: 11, body: `✔️ accepted\n\n${record(prints)}`, user: { login: 'github-actions[bot]', type: 'Bot' }, performed_via_github_app: { id: 15368, slug: 'github-actions' } }),
    },
    {
      name: 'a record under the App’s name signed with a guessed key',
      forged: (prints: string[]): FakeComment => ({ id: 11, body: `✔️ accepted\n\n${record(prints, Buffer.from('guess'))}`, user: { login: 'api-review-bot[bot]', type: 'Bot' }, performed_via_github_app: ownApp }),
    },
  ])('stays failed on $name', async ({ forged }) => {
    expect(await concludeWith((_, prints) => [approval, forged(prints)])).toBe('failure');
  });
});
