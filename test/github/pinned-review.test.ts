// A pull request whose spec pins its analysis (a pattern outside V8's linear engine, validated
// against a long example) must not stall the App: while it runs, another repository's review
// completes, and at its budget the pinned review is stopped and its check run says why.
import { readFileSync } from 'node:fs';
import nock from 'nock';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { FakeGitHub } from './fake-github.js';
import { nockGitHub } from './github-nock.js';
import { loadedProbot } from './probot-harness.js';
import { pullRequestEvent } from './webhook-payloads.js';
import { webhookSpec } from './webhook-specs.js';

const pinnedBudgetSeconds = 40;
const redos = readFileSync(new URL('../fixtures/hostile/redos-lookahead.yaml', import.meta.url), 'utf8');

afterAll(() => {
  nock.cleanAll();
});

describe('a review pinned by a backtracking pattern', () => {
  it('does not hold up another repository, and is stopped at its budget', async () => {
    const attacker = new FakeGitHub({
      owner: 'mallory',
      repo: 'pinned',
      baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') },
      headFiles: { 'openapi.yaml': redos },
      config: `limits:\n  seconds_per_review: ${pinnedBudgetSeconds}\n`,
    });
    const other = new FakeGitHub({ owner: 'octo-org', repo: 'pets-api', baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml') } });
    nockGitHub([attacker, other]);
    const probot = await loadedProbot();

    const pinned = probot.receive(pullRequestEvent(attacker, 'opened'));
    // The pinned review's analysis has started once its head spec was read.
    await vi.waitFor(() => expect(attacker.find('GET', /\/git\/blobs\//).length).toBeGreaterThan(0), { timeout: 30_000, interval: 100 });

    await probot.receive(pullRequestEvent(other, 'opened'));
    const otherCheck = [...other.checkRuns.values()].find((run) => run.status === 'completed');
    expect(otherCheck?.conclusion).toBe('failure');
    expect(other.comments.map((comment) => comment.body).join('\n')).toContain('request-parameter-became-required');
    // The other review finished while the pinned one was still running.
    expect([...attacker.checkRuns.values()].some((run) => run.status === 'completed')).toBe(false);

    await pinned;
    const stopped = [...attacker.checkRuns.values()].find((run) => run.status === 'completed');
    expect(JSON.stringify(stopped?.output)).toContain(`longer than ${pinnedBudgetSeconds} seconds (limits.seconds_per_review)`);
  });
});
