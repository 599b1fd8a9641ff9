// A slash command's review goes where the App's reviews go. With replicas (a dispatch other than
// this process's queue) `run`, `accept` and `revoke` hand the pull request to that dispatch and
// review nothing here, and `plan` replies from a review made here that publishes nothing: no
// check run, no summary comment, beside the one the lane's worker owns. In one process, `run`
// reviews and publishes here (the e2e replicas test holds the same with Redis and built servers).
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewDispatch } from '../../src/github/review-dispatch.js';
import type { ReviewTarget } from '../../src/github/run-pull-request-review.js';
import { nockedFakeGitHub } from './github-nock.js';
import { loadedProbot } from './probot-harness.js';
import { webhookSpec } from './webhook-specs.js';
import { pullCommentEvent } from './webhook-payloads.js';

afterEach(() => {
  nock.cleanAll();
});

function breakingPull() {
  return nockedFakeGitHub({ baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml') } });
}

/** A dispatch that only records what it was handed, as the replicas' queue would enqueue it. */
function recordingDispatch(): { dispatch: ReviewDispatch; targets: ReviewTarget[] } {
  const targets: ReviewTarget[] = [];
  return { targets, dispatch: async (_context, target) => void targets.push(target) };
}

describe("a slash command's review", () => {
  it('with replicas, `run` hands the pull request to the dispatch and reviews nothing here', async () => {
    const fake = breakingPull();
    const { dispatch, targets } = recordingDispatch();
    await (await loadedProbot({ review: dispatch })).receive(pullCommentEvent(fake, '/api-review run'));
    expect(targets).toEqual([{ owner: fake.owner, repo: fake.repo, pullNumber: fake.pullNumber }]);
    expect(fake.checkRuns.size).toBe(0);
    expect(fake.comments).toHaveLength(0);
  });

  it('with replicas, `plan` replies from a review that publishes nothing, and enqueues none', async () => {
    const fake = breakingPull();
    const { dispatch, targets } = recordingDispatch();
    await (await loadedProbot({ review: dispatch })).receive(pullCommentEvent(fake, '/api-review plan'));
    expect(targets).toEqual([]);
    expect(fake.checkRuns.size).toBe(0);
    expect(fake.comments.map((comment) => comment.body)).toEqual([expect.stringContaining('Migration plan for API consumers')]);
  }, 60_000);

  it('in one process, `run` reviews and publishes here', async () => {
    const fake = breakingPull();
    await (await loadedProbot()).receive(pullCommentEvent(fake, '/api-review run'));
    expect([...fake.checkRuns.values()].map((run) => run.conclusion)).toEqual(['failure']);
    expect(fake.comments.filter((comment) => comment.body.includes('<!-- api-review-bot:summary -->'))).toHaveLength(1);
  }, 60_000);
});
