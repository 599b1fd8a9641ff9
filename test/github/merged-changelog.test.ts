// `changelog.on_merge`: a merged pull request that changed a contract appends its consumer
// changelog to the App's `API changelog` issue, once, whatever the redeliveries.
import nock from 'nock';
import type { EmitterWebhookEvent } from '@octokit/webhooks';
import type { Probot } from 'probot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changelogMarker } from '../../src/github/changelog-issue.js';
import { FakeGitHub, type FakeAnswer, type FakeComment, type FakeRepoOptions } from './fake-github.js';
import { nockGitHub } from './github-nock.js';
import { loadedProbot } from './probot-harness.js';
import { webhookSpec } from './webhook-specs.js';
import { pullRequestEvent } from './webhook-payloads.js';

interface FakeIssue {
  number: number;
  title: string;
  user: { login: string; type: string };
  comments: FakeComment[];
}

/** The fake repository plus its issues list: the routes the changelog issue needs. */
class RepoWithIssues extends FakeGitHub {
  changelogIssues: FakeIssue[] = [];
  private nextIssue = 40;

  override answer(method: string, url: string, body: unknown): FakeAnswer {
    const path = new URL(url, 'http://fake').pathname;
    const repoPath = `/repos/${this.owner}/${this.repo}`;
    const fields = (body ?? {}) as Record<string, unknown>;
    const issueComments = new RegExp(`^${repoPath}/issues/(\\d+)/comments$`).exec(path);
    const tracked = issueComments ? this.changelogIssues.find((issue) => issue.number === Number(issueComments[1])) : undefined;
    if (path === `${repoPath}/issues` || tracked) this.requests.push({ method, path, query: new URL(url, 'http://fake').searchParams, body: fields });
    if (method === 'GET' && path === `${repoPath}/issues`) {
      const creator = new URL(url, 'http://fake').searchParams.get('creator');
      return { status: 200, body: this.changelogIssues.filter((issue) => creator === null || issue.user.login === creator).map(({ comments: _comments, ...issue }) => issue) };
    }
    if (method === 'POST' && path === `${repoPath}/issues`) {
      const issue = { number: this.nextIssue++, title: String(fields.title), user: { login: 'api-review-bot[bot]', type: 'Bot' }, comments: [] };
      this.changelogIssues.push(issue);
      return { status: 201, body: { number: issue.number, title: issue.title, html_url: `https://github.com/${this.owner}/${this.repo}/issues/${issue.number}` } };
    }
    if (tracked && method === 'GET') return { status: 200, body: tracked.comments.map((comment) => ({ ...comment, html_url: 'https://github.com/c', created_at: '2026-01-01T00:00:00Z' })) };
    if (tracked && method === 'POST') {
      const comment = { id: 3000 + tracked.comments.length, body: String(fields.body), user: { login: 'api-review-bot[bot]', type: 'Bot' }, performed_via_github_app: { id: 1, slug: 'api-review-bot' } };
      tracked.comments.push(comment);
      return { status: 201, body: { ...comment, html_url: 'https://github.com/c', created_at: '2026-01-01T00:00:00Z' } };
    }
    return super.answer(method, url, body);
  }
}

const breakingPull: FakeRepoOptions = {
  baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') },
  headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml') },
  config: 'changelog:\n  on_merge: true\n',
};

function fakeRepo(options: FakeRepoOptions): RepoWithIssues {
  const fake = new RepoWithIssues(options);
  nockGitHub(fake);
  return fake;
}

function closedEvent(fake: FakeGitHub, merged: boolean): EmitterWebhookEvent<'pull_request'> {
  const event = pullRequestEvent(fake, 'opened');
  Object.assign(event.payload, { action: 'closed' });
  Object.assign(event.payload.pull_request, {
    state: 'closed',
    merged,
    merged_at: merged ? '2026-12-04T10:00:00Z' : null,
    title: 'Pets v2 [docs](https://evil.example) <b>now</b>',
    html_url: `https://github.com/${fake.owner}/${fake.repo}/pull/${fake.pullNumber}`,
  });
  return { ...event, id: 'delivery-closed' };
}

const postedComments = (fake: RepoWithIssues): string[] => fake.changelogIssues.flatMap((issue) => issue.comments.map((comment) => comment.body));

let probot: Probot;
beforeEach(async () => {
  probot = await loadedProbot();
});
afterEach(() => {
  nock.cleanAll();
});

describe('changelog.on_merge', () => {
  it('opens the `API changelog` issue and appends the merged pull request\'s changelog, once under redelivery', async () => {
    const fake = fakeRepo(breakingPull);
    await probot.receive(closedEvent(fake, true));
    await probot.receive(closedEvent(fake, true));

    expect(fake.find('POST', /\/issues$/).map((request) => request.body)).toEqual([expect.objectContaining({ title: 'API changelog' })]);
    const [body, ...more] = postedComments(fake);
    expect(more).toEqual([]);
    expect(body?.startsWith(`${changelogMarker(7)}\n**[#7](https://github.com/octo-org/pets-api/pull/7)** `)).toBe(true);
    expect(body).toContain('merged 2026-12-04');
    expect(body).toContain('**Version bump: major**');
    expect(body).toContain('**Breaking**');
    // The title is the author's text: its link syntax and markup stay inert.
    expect(body).not.toContain('[docs](https://evil.example)');
    expect(body).not.toContain('<b>');
    // Measured from the base the pull request was compared with, not the branch that now holds the head.
    expect(fake.find('GET', /\/compare\//).map((request) => request.path)).toEqual(expect.arrayContaining([expect.stringMatching(/\/compare\/b{40}\.\.\.c{40}$/)]));
    expect(fake.find('POST', /\/check-runs$/)).toEqual([]);
  });

  it('appends to the issue it opened before, not to one a person titled the same', async () => {
    const fake = fakeRepo(breakingPull);
    fake.changelogIssues.push(
      { number: 3, title: 'API changelog', user: { login: 'mallory', type: 'User' }, comments: [] },
      { number: 12, title: 'API changelog', user: { login: 'api-review-bot[bot]', type: 'Bot' }, comments: [{ id: 1, body: `${changelogMarker(7)}\nforged`, user: { login: 'mallory', type: 'User' } }] },
    );
    await probot.receive(closedEvent(fake, true));

    expect(fake.find('POST', /\/issues$/)).toEqual([]);
    expect(fake.changelogIssues.find((issue) => issue.number === 3)?.comments).toEqual([]);
    // A person's comment carrying the marker does not stand for the App's.
    expect(fake.changelogIssues.find((issue) => issue.number === 12)?.comments.map((comment) => comment.user.login)).toEqual(['mallory', 'api-review-bot[bot]']);
  });

  it.each([
    { name: 'the config leaves it off', options: { ...breakingPull, config: 'lint:\n  new_errors_block: true\n' }, merged: true },
    { name: 'the pull request was closed without merging', options: breakingPull, merged: false },
    { name: 'no contract changed', options: { ...breakingPull, headFiles: { ...breakingPull.baseFiles, 'README.md': 'docs\n' } }, merged: true },
  ])('posts nothing when $name', async ({ options, merged }) => {
    const fake = fakeRepo(options);
    await probot.receive(closedEvent(fake, merged));
    expect(fake.find('POST', /.*/)).toEqual([]);
    expect(fake.changelogIssues).toEqual([]);
  });
});
