// The App's pull request handling end to end inside Probot: webhook payload in, REST calls out
// (nock into a fake repository), asserting the bodies that matter.
import nock from 'nock';
import type { Probot } from 'probot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCheckData } from '../../src/review/check-data.js';
import { FakeGitHub, fakeAppId, headSha } from './fake-github.js';
import { nockedFakeGitHub } from './github-nock.js';
import { loadedProbot } from './probot-harness.js';
import { webhookSpec } from './webhook-specs.js';
import { checkRunRerequestedEvent, pullRequestEvent } from './webhook-payloads.js';

const marker = '<!-- api-review-bot:summary -->';

let probot: Probot;
beforeEach(async () => {
  probot = await loadedProbot();
});
afterEach(() => {
  nock.cleanAll();
});

function completion(fake: FakeGitHub): Record<string, unknown> {
  const updates = fake.find('PATCH', /\/check-runs\/\d+$/).filter((request) => request.body?.status === 'completed');
  expect(updates).toHaveLength(1);
  return updates[0]?.body ?? {};
}

function output(body: Record<string, unknown>): { title: string; summary: string; text?: string; annotations?: Record<string, unknown>[] } {
  return body.output as { title: string; summary: string; text?: string; annotations?: Record<string, unknown>[] };
}

describe('a pull request that breaks the contract', () => {
  it('fails the check with annotations, posts one comment and labels the PR, in at most 10 calls', async () => {
    const fake = nockedFakeGitHub({ baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml') } });
    await probot.receive(pullRequestEvent(fake, 'opened'));

    const created = fake.find('POST', /\/check-runs$/);
    expect(created.map((request) => request.body)).toEqual([
      expect.objectContaining({ name: 'API Review', head_sha: headSha, status: 'in_progress', external_id: String(fake.pullNumber) }),
    ]);
    const done = completion(fake);
    expect(done.conclusion).toBe('failure');
    expect(output(done).title).toMatch(/^2 breaking changes/);
    expect(parseCheckData(output(done).text)?.verdict).toBe('fail');
    expect(output(done).annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'openapi.yaml', start_line: 25, annotation_level: 'failure', title: 'request-parameter-became-required · GET /pets' }),
        // The removed operation lives in the merge base: pinned to line 1, the base line said in words.
        expect.objectContaining({ path: 'openapi.yaml', start_line: 1, annotation_level: 'failure', message: expect.stringContaining('in the merge base at openapi.yaml:38') }),
      ]),
    );
    const comments = fake.find('POST', /\/issues\/7\/comments$/);
    expect(comments).toHaveLength(1);
    expect(String(comments[0]?.body?.body)).toContain(marker);
    expect(fake.find('POST', /\/issues\/7\/labels$/).map((request) => request.body)).toEqual([{ labels: ['breaking-change'] }]);
    expect(fake.reviewCalls().length).toBeLessThanOrEqual(10);
  });

  it('asks the configured reviewers once, skipping whoever was removed or already reviewed', async () => {
    const fake = nockedFakeGitHub({
      baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml'), '.github/CODEOWNERS': '*.yaml @octo-org/api-guild @dave\n' },
      headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml'), '.github/CODEOWNERS': '*.yaml @octo-org/api-guild @dave\n' },
      config: 'breaking:\n  reviewers:\n    users: [bob, carol, erin]\n    codeowners: true\n',
      timeline: [
        { event: 'review_request_removed', actor: { login: 'alice', type: 'User' }, requested_reviewer: { login: 'carol' } },
        { event: 'reviewed', user: { login: 'erin' } },
      ],
    });
    await probot.receive(pullRequestEvent(fake, 'opened'));
    expect(fake.find('POST', /\/pulls\/7\/requested_reviewers$/).map((request) => request.body)).toEqual([
      { reviewers: ['bob', 'dave'], team_reviewers: ['api-guild'] },
    ]);
  });

  it('does not ask reviewers on a draft unless breaking.drafts is set', async () => {
    const fake = nockedFakeGitHub({
      baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') },
      headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml') },
      config: 'breaking:\n  reviewers:\n    users: [bob]\n',
      draft: true,
    });
    await probot.receive(pullRequestEvent(fake, 'opened', { draft: true }));
    expect(completion(fake).conclusion).toBe('failure');
    expect(fake.find('POST', /requested_reviewers$/)).toHaveLength(0);
  });
});

describe('a later push that no longer breaks anything', () => {
  it.each([
    { reviewers: 'none configured: the comment list', config: undefined, read: /\/issues\/7\/comments$/, unread: /\/issues\/7\/timeline$/ },
    { reviewers: 'configured: the timeline, read once for both', config: 'breaking:\n  reviewers:\n    users: [bob]\n', read: /\/issues\/7\/timeline$/, unread: /\/issues\/7\/comments$/ },
  ])('edits the summary comment found on the second page and removes the label (reviewers $reviewers)', async ({ config, read, unread }) => {
    const chatter = Array.from({ length: 120 }, (_, index) => ({ id: index + 1, body: `comment ${index}`, user: { login: 'alice', type: 'User' } }));
    const quoted = { id: 500, body: `> ${marker}\nquoting the bot`, user: { login: 'alice', type: 'User' } };
    const summary = { id: 501, body: `${marker}\nold review`, user: { login: 'api-review-bot[bot]', type: 'Bot' }, performed_via_github_app: { id: fakeAppId, slug: 'api-review-bot' } };
    const fake = nockedFakeGitHub({
      baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') },
      headFiles: { 'openapi.yaml': webhookSpec('pets-v2-compatible.yaml') },
      comments: [...chatter, quoted, summary],
      labels: ['breaking-change'],
      ...(config ? { config } : {}),
    });
    await probot.receive(pullRequestEvent(fake, 'synchronize', { labels: ['breaking-change'] }));
    // 122 comments: two pages of whichever list holds them, and never the other one.
    expect(fake.find('GET', read)).toHaveLength(2);
    expect(fake.find('GET', unread)).toHaveLength(0);

    expect(completion(fake).conclusion).toBe('success');
    expect(fake.find('POST', /\/issues\/7\/comments$/)).toHaveLength(0);
    const edits = fake.find('PATCH', /\/issues\/comments\/\d+$/);
    expect(edits.map((request) => request.path)).toEqual([`/repos/octo-org/pets-api/issues/comments/501`]);
    expect(String(edits[0]?.body?.body)).toContain('API Review');
    expect(fake.find('DELETE', /\/issues\/7\/labels\/breaking-change$/)).toHaveLength(1);
  });
});

describe('two replicas that both created a summary comment', () => {
  it('converge on the oldest one: the next review edits it and deletes the extra', async () => {
    const first = { id: 601, body: `${marker}\nreview by replica A`, user: { login: 'api-review-bot[bot]', type: 'Bot' }, performed_via_github_app: { id: fakeAppId, slug: 'api-review-bot' } };
    const second = { id: 602, body: `${marker}\nreview by replica B`, user: { login: 'api-review-bot[bot]', type: 'Bot' }, performed_via_github_app: { id: fakeAppId, slug: 'api-review-bot' } };
    const fake = nockedFakeGitHub({
      baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') },
      headFiles: { 'openapi.yaml': webhookSpec('pets-v2-compatible.yaml') },
      comments: [first, second],
    });
    await probot.receive(pullRequestEvent(fake, 'synchronize'));

    expect(fake.find('POST', /\/issues\/7\/comments$/)).toHaveLength(0);
    expect(fake.find('PATCH', /\/issues\/comments\/\d+$/).map((request) => request.path)).toEqual(['/repos/octo-org/pets-api/issues/comments/601']);
    expect(fake.find('DELETE', /\/issues\/comments\/\d+$/).map((request) => request.path)).toEqual(['/repos/octo-org/pets-api/issues/comments/602']);
  });
});

describe('specs reached through $ref', () => {
  it('reviews the root when only a referenced file changed, annotating the referenced file', async () => {
    const root = webhookSpec('split-openapi.yaml');
    const fake = nockedFakeGitHub({
      baseFiles: { 'api/openapi.yaml': root, 'api/schemas/pet.yaml': webhookSpec('schemas-pet-v1.yaml') },
      headFiles: { 'api/openapi.yaml': root, 'api/schemas/pet.yaml': webhookSpec('schemas-pet-v2.yaml') },
    });
    await probot.receive(pullRequestEvent(fake, 'opened'));
    const done = completion(fake);
    expect(done.conclusion).toBe('failure');
    expect(output(done).annotations).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'api/schemas/pet.yaml', start_line: 5, annotation_level: 'failure' })]),
    );
  });
});

describe('annotations over GitHub\'s limit of 50 per request', () => {
  it('sends them in batches and completes the run with the last one', async () => {
    const many = webhookSpec('pets-v1.yaml').replace(
      'components:',
      Array.from({ length: 40 }, (_, index) => `  /things${index}:\n    get:\n      responses:\n        '200':\n          description: ok\n`).join('') + 'components:',
    );
    const fake = nockedFakeGitHub({ baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': many } });
    await probot.receive(pullRequestEvent(fake, 'opened'));
    const updates = fake.find('PATCH', /\/check-runs\/\d+$/);
    const sizes = updates.map((request) => output(request.body ?? {}).annotations?.length ?? 0);
    expect(sizes.length).toBeGreaterThan(1);
    expect(sizes.slice(0, -1).every((size) => size === 50)).toBe(true);
    expect(updates.at(-1)?.body?.status).toBe('completed');
    expect(updates.slice(0, -1).every((request) => request.body?.status === undefined)).toBe(true);
  });
});

describe('reviews that cannot or must not publish', () => {
  it('completes the check as neutral naming the invalid config key', async () => {
    const fake = nockedFakeGitHub({
      baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') },
      headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml') },
      config: 'breaking:\n  labl: oops\n',
    });
    await probot.receive(pullRequestEvent(fake, 'opened'));
    const done = completion(fake);
    expect(done.conclusion).toBe('neutral');
    expect(output(done).summary).toContain('`labl`');
    expect(fake.find('POST', /\/issues\/7\/comments$/)).toHaveLength(0);
  });

  it('completes the check as neutral with the reason when GitHub fails', async () => {
    const fake = nockedFakeGitHub({
      baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') },
      headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml') },
      failOn: /\/git\/blobs\//,
    });
    await probot.receive(pullRequestEvent(fake, 'opened'));
    const done = completion(fake);
    expect(done.conclusion).toBe('neutral');
    expect(output(done).summary).toContain('GitHub answered 500');
  });

  it('completes the check of a superseded head but leaves the pull request alone', async () => {
    const fake = nockedFakeGitHub({
      baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') },
      headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml') },
      currentHead: 'd'.repeat(40),
    });
    await probot.receive(pullRequestEvent(fake, 'synchronize'));
    expect(completion(fake).conclusion).toBe('failure');
    expect(fake.find('POST', /\/issues\/7\/(comments|labels)$/)).toHaveLength(0);
    // The completed check run's answer named the newer head: the pull request was not read for it.
    expect(fake.find('GET', /\/pulls\/7$/)).toHaveLength(0);
  });

  it.each([
    { name: 'superseded: nothing is published', currentHead: 'd'.repeat(40), published: 0 },
    { name: 'still current: the review is published', currentHead: undefined, published: 1 },
  ])("reads a fork's pull request before publishing, since its check run names none ($name)", async ({ currentHead, published }) => {
    const fake = nockedFakeGitHub({
      baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') },
      headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml') },
      forkPull: true,
      ...(currentHead ? { currentHead } : {}),
    });
    await probot.receive(pullRequestEvent(fake, 'synchronize'));
    expect(completion(fake).conclusion).toBe('failure');
    expect(fake.find('GET', /\/pulls\/7$/)).toHaveLength(1);
    expect(fake.find('POST', /\/issues\/7\/comments$/)).toHaveLength(published);
    expect(fake.find('POST', /\/issues\/7\/labels$/)).toHaveLength(published);
  });

  it('passes a pull request that touches no spec without reading a tree or commenting', async () => {
    const fake = nockedFakeGitHub({ baseFiles: { 'src/app.ts': 'a' }, headFiles: { 'src/app.ts': 'b' } });
    await probot.receive(pullRequestEvent(fake, 'opened'));
    // Settled before any work: the check run is created completed, in one call.
    const created = fake.find('POST', /\/check-runs$/);
    expect(created).toHaveLength(1);
    const done = created[0]?.body ?? {};
    expect(done.conclusion).toBe('success');
    expect(output(done).title).toBe('No API description changed');
    expect(fake.find('GET', /\/git\/trees\//)).toHaveLength(0);
    expect(fake.find('POST', /\/issues\/7\/comments$/)).toHaveLength(0);
  });

  it('ignores an edit that did not change the base branch, and events sent by the App itself', async () => {
    const fake = nockedFakeGitHub({ baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml') } });
    await probot.receive(pullRequestEvent(fake, 'edited'));
    await probot.receive(pullRequestEvent(fake, 'synchronize', { sender: { login: 'api-review-bot[bot]', type: 'Bot' } }));
    expect(fake.reviewCalls()).toEqual([]);
  });

  it('reviews again when the base branch changed', async () => {
    const fake = nockedFakeGitHub({ baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml') } });
    await probot.receive(pullRequestEvent(fake, 'edited', { edits: { base: { ref: { from: 'develop' }, sha: { from: 'e'.repeat(40) } } } }));
    expect(completion(fake).conclusion).toBe('failure');
  });
});

describe('re-run from the Checks tab', () => {
  it('finds a fork pull request through the check run external_id', async () => {
    const fake = nockedFakeGitHub({ baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': webhookSpec('pets-v2-compatible.yaml') } });
    await probot.receive(checkRunRerequestedEvent(fake, String(fake.pullNumber)));
    expect(fake.find('GET', /\/pulls\/7$/).length).toBeGreaterThan(0);
    expect(completion(fake).conclusion).toBe('success');
    expect(fake.find('POST', /\/check-runs$/)[0]?.body).toEqual(expect.objectContaining({ head_sha: headSha, external_id: '7' }));
  });
});
