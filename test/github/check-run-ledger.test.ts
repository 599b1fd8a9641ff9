// The check-run ledger in a review (replicas): a head the ledger already knows a run for gets that
// run completed, never a second one; a head it does not know gets one, recorded open then complete.
// GitHub through nock into the fake repository; the ledger is an in-memory map.
import { readFileSync } from 'node:fs';
import nock from 'nock';
import { ProbotOctokit } from 'probot';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckRunLedger, ReviewedHead } from '../../src/github/check-run-ledger.js';
import { reviewPullRequestNow } from '../../src/github/run-pull-request-review.js';
import { headSha } from './fake-github.js';
import { nockedFakeGitHub } from './github-nock.js';

const spec = (name: string): string => readFileSync(new URL(`../fixtures/webhooks/specs/${name}`, import.meta.url), 'utf8');

function memoryLedger(known: Map<string, number>, states: string[]): CheckRunLedger {
  const keyOf = (head: ReviewedHead): string => `${head.owner}/${head.repo}@${head.headSha}#${head.pullNumber}`;
  return {
    find: async (head) => known.get(keyOf(head)),
    record: async (head, id, state) => {
      known.set(keyOf(head), id);
      states.push(`${id}:${state}`);
    },
  };
}

afterEach(() => nock.cleanAll());

describe('a review with a check-run ledger', () => {
  const setUp = () => {
    const fake = nockedFakeGitHub({ baseFiles: { 'openapi.yaml': spec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': spec('pets-v2-breaking.yaml') } });
    const octokit = new ProbotOctokit({ auth: { token: 'test' }, retry: { enabled: false }, throttle: { enabled: false } });
    const run = (ledger: CheckRunLedger) =>
      reviewPullRequestNow({ octokit, log: pino({ level: 'silent' }), config: async () => null, checkRuns: ledger }, { owner: fake.owner, repo: fake.repo, pullNumber: fake.pullNumber });
    return { fake, run };
  };

  it('creates the head\'s run once and records it open, then complete', async () => {
    const states: string[] = [];
    const { fake, run } = setUp();
    await run(memoryLedger(new Map(), states));
    expect(fake.find('POST', /\/check-runs$/)).toHaveLength(1);
    expect(states).toEqual([expect.stringMatching(/:in_progress$/), expect.stringMatching(/:completed$/)]);
  });

  it('completes the run an earlier attempt created instead of creating another', async () => {
    const { fake, run } = setUp();
    // The earlier attempt (a worker that died) left its run in progress on the head.
    const earlier = fake.answer('POST', `/repos/${fake.owner}/${fake.repo}/check-runs`, { name: 'API Review', head_sha: headSha, status: 'in_progress' });
    const earlierId = (earlier.body as { id: number }).id;
    await run(memoryLedger(new Map([[`${fake.owner}/${fake.repo}@${headSha}#${fake.pullNumber}`, earlierId]]), []));
    // Only the earlier attempt's own POST: the review created none.
    expect(fake.find('POST', /\/check-runs$/)).toHaveLength(1);
    expect(fake.checkRuns.get(earlierId)).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });
});
