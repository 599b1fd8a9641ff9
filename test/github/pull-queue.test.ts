// One pending review per pull request: while a review runs, newer requests replace the waiting
// one (newest head wins) and everyone waiting gets the newest review; other pulls run alongside.
import nock from 'nock';
import { afterAll, describe, expect, it } from 'vitest';
import { pullQueue } from '../../src/github/pull-queue.js';
import { nockedFakeGitHub } from './github-nock.js';
import { loadedProbot } from './probot-harness.js';
import { pullRequestEvent } from './webhook-payloads.js';
import { webhookSpec } from './webhook-specs.js';

afterAll(() => {
  nock.cleanAll();
});

/** A unit of work that finishes when told to, recording that it started. */
function gate(name: string, started: string[]): { work: () => Promise<string>; open: () => void } {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    work: async () => {
      started.push(name);
      await opened;
      return name;
    },
    open: () => open(),
  };
}

describe('the per-pull-request review queue', () => {
  it('keeps one waiting review per pull request: the newest replaces the one waiting, whose callers get the newest result', async () => {
    const queue = pullQueue<string>();
    const started: string[] = [];
    const [first, second, third] = [gate('first', started), gate('second', started), gate('third', started)];
    const firstResult = queue('o/r#1', first.work);
    const secondResult = queue('o/r#1', second.work);
    const thirdResult = queue('o/r#1', third.work);
    first.open();
    third.open();
    expect(await firstResult).toBe('first');
    expect(await secondResult).toBe('third');
    expect(await thirdResult).toBe('third');
    expect(started).toEqual(['first', 'third']);
  });

  it('tells a review that had to wait, so it can look at the pull request afresh', async () => {
    const queue = pullQueue<boolean>();
    const results = [queue('o/r#1', async (waited) => waited), queue('o/r#1', async (waited) => waited)];
    expect(await Promise.all(results)).toEqual([false, true]);
  });

  it('runs reviews of different pull requests at the same time', async () => {
    const queue = pullQueue<string>();
    const started: string[] = [];
    const [one, two] = [gate('one', started), gate('two', started)];
    const results = [queue('o/r#1', one.work), queue('o/r#2', two.work)];
    await Promise.resolve();
    expect(started).toEqual(['one', 'two']);
    one.open();
    two.open();
    expect(await Promise.all(results)).toEqual(['one', 'two']);
  });

  it('passes a failure to the callers of that review only, and goes on with the next', async () => {
    const queue = pullQueue<string>();
    const failing = queue('o/r#1', async () => Promise.reject(new Error('GitHub is down')));
    const next = queue('o/r#1', async () => 'next');
    await expect(failing).rejects.toThrow('GitHub is down');
    expect(await next).toBe('next');
  });
});

describe('a burst of pushes to one pull request', () => {
  it('reviews twice: the one running, then the newest of those that waited', async () => {
    const fake = nockedFakeGitHub({ baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml') } });
    const probot = await loadedProbot();
    await Promise.all(['opened', 'synchronize', 'synchronize', 'synchronize'].map((action) => probot.receive(pullRequestEvent(fake, action as 'opened' | 'synchronize'))));
    expect(fake.find('POST', /\/check-runs$/)).toHaveLength(2);
    expect(fake.comments).toHaveLength(1);
  });
});
