// The GitHub API budget of a review, counted on the recording fake: a single-spec pull request
// and a push that touches no spec (issue 7: at most 12 and 3 calls; issue 22: 10 and 3), and a
// breaking pull request whose config names a reviewer, labelled and with the reviewer asked
// (issue 22: 11 or fewer).
import nock from 'nock';
import type { Probot } from 'probot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baseSha, blobSha, fakeAppId, headSha } from './fake-github.js';
import { nockedFakeGitHub } from './github-nock.js';
import { loadedProbot } from './probot-harness.js';
import { webhookSpec } from './webhook-specs.js';
import { pullRequestEvent } from './webhook-payloads.js';

const marker = '<!-- api-review-bot:summary -->';

let probot: Probot;
beforeEach(async () => {
  probot = await loadedProbot();
});
afterEach(() => {
  nock.cleanAll();
});

describe('GitHub API calls per review', () => {
  it('a single-spec pull request costs at most 10 calls', async () => {
    const fake = nockedFakeGitHub({ baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml') } });
    await probot.receive(pullRequestEvent(fake, 'opened'));
    expect(fake.find('PATCH', /\/check-runs\/\d+$/).at(-1)?.body?.conclusion).toBe('failure');
    expect(fake.reviewCalls().length).toBeLessThanOrEqual(10);
  });

  it('a breaking pull request whose config names a reviewer: labelled and the reviewer asked, call by call', async () => {
    const fake = nockedFakeGitHub({
      baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') },
      headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml') },
      config: 'breaking:\n  reviewers:\n    users: [api-steward]\n',
    });
    await probot.receive(pullRequestEvent(fake, 'opened'));
    expect(fake.find('POST', /\/issues\/7\/labels$/).map((request) => request.body)).toEqual([{ labels: ['breaking-change'] }]);
    expect(fake.find('POST', /\/pulls\/7\/requested_reviewers$/).map((request) => request.body)).toEqual([{ reviewers: ['api-steward'], team_reviewers: [] }]);
    expect(fake.reviewCalls().map((request) => `${request.method} ${request.path.replace(/^\/repos\/octo-org\/pets-api/, '')}`)).toEqual([
      `GET /compare/main...${headSha}`,
      'POST /check-runs',
      'GET /contents/.github/api-review.yml',
      `GET /git/trees/${baseSha}`,
      // Reviewers may be asked: the timeline is read for the comments and for who was asked before.
      'GET /issues/7/timeline',
      // The merge base's version is rebuilt from the head's and the compare patch.
      `GET /git/blobs/${blobSha(webhookSpec('pets-v2-breaking.yaml'))}`,
      'PATCH /check-runs/1000',
      'POST /issues/7/comments',
      'POST /issues/7/labels',
      'POST /pulls/7/requested_reviewers',
    ]);
  });

  it.each([
    { patches: 'listed', blobReads: 1 },
    { patches: 'absent', blobReads: 2 },
    { patches: 'mismatched', blobReads: 2 },
  ] as const)('reads the merge-base version of a modified spec only when the compare patch cannot rebuild it ($patches patch)', async ({ patches, blobReads }) => {
    const fake = nockedFakeGitHub({ baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml') }, patches });
    await probot.receive(pullRequestEvent(fake, 'opened'));
    expect(fake.find('GET', /\/git\/blobs\//)).toHaveLength(blobReads);
    const completed = fake.find('PATCH', /\/check-runs\/\d+$/).at(-1)?.body;
    // The same review either way: the removed operation is found in the merge base, at its line there.
    expect(completed?.conclusion).toBe('failure');
    expect(JSON.stringify(completed?.output)).toContain('in the merge base at openapi.yaml:38');
  });

  it('a push touching no spec costs 3 calls: compare, comments, one completed check run', async () => {
    const fake = nockedFakeGitHub({
      baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml'), 'src/app.ts': 'a' },
      headFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml'), 'src/app.ts': 'b' },
      config: 'breaking:\n  labl: oops\n',
    });
    await probot.receive(pullRequestEvent(fake, 'synchronize'));
    expect(fake.reviewCalls().map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET /repos/octo-org/pets-api/compare/main...${headSha}`,
      'GET /repos/octo-org/pets-api/issues/7/comments',
      'POST /repos/octo-org/pets-api/check-runs',
    ]);
    expect(fake.find('POST', /\/check-runs$/)[0]?.body).toEqual(
      expect.objectContaining({ head_sha: headSha, status: 'completed', conclusion: 'success', external_id: '7', output: expect.objectContaining({ title: 'No API description changed' }) }),
    );
  });

  it('runs the full review when an earlier push left a summary comment, so the comment is corrected', async () => {
    const fake = nockedFakeGitHub({
      baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml'), 'src/app.ts': 'a' },
      headFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml'), 'src/app.ts': 'b' },
      comments: [{ id: 501, body: `${marker}\n2 breaking changes`, user: { login: 'api-review-bot[bot]', type: 'Bot' }, performed_via_github_app: { id: fakeAppId, slug: 'api-review-bot' } }],
      labels: ['breaking-change'],
    });
    await probot.receive(pullRequestEvent(fake, 'synchronize', { labels: ['breaking-change'] }));
    const edits = fake.find('PATCH', /\/issues\/comments\/501$/);
    expect(edits).toHaveLength(1);
    expect(String(edits[0]?.body?.body)).not.toContain('2 breaking changes');
    expect(fake.find('DELETE', /\/issues\/7\/labels\/breaking-change$/)).toHaveLength(1);
    expect(fake.find('GET', /\/compare\//)).toHaveLength(1);
    expect(fake.find('GET', /\/issues\/7\/comments$/)).toHaveLength(1);
  });

  it('creates a neutral check run when the first look at the pull request fails', async () => {
    const fake = nockedFakeGitHub({ baseFiles: { 'src/app.ts': 'a' }, headFiles: { 'src/app.ts': 'b' }, failOn: /\/compare\// });
    await probot.receive(pullRequestEvent(fake, 'opened'));
    expect(fake.find('POST', /\/check-runs$/).map((request) => request.body?.conclusion)).toEqual(['neutral']);
  });
});
