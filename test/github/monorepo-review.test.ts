// The App on a monorepo pull request: 300 specs sharing one components file, 50 of them changed
// (issue 22). Every blob is fetched at most once per review, shared files included, and the
// review names exactly the changed specs, in path order.
import nock from 'nock';
import type { Probot } from 'probot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { monorepo, sharedComponentsPath } from '../fixtures/monorepo/monorepo-specs.js';
import { blobSha } from './fake-github.js';
import { nockedFakeGitHub } from './github-nock.js';
import { loadedProbot } from './probot-harness.js';
import { pullRequestEvent } from './webhook-payloads.js';

let probot: Probot;
beforeEach(async () => {
  probot = await loadedProbot();
});
afterEach(() => {
  nock.cleanAll();
});

describe('the App on a pull request touching many specs of a monorepo', () => {
  it('reads each blob once and reviews exactly the 50 changed specs of 300', async () => {
    const repo = monorepo({ count: 300, changed: 50 });
    const fake = nockedFakeGitHub({ baseFiles: repo.baseFiles, headFiles: repo.headFiles });
    await probot.receive(pullRequestEvent(fake, 'opened'));

    const blobReads = fake.find('GET', /\/git\/blobs\//).map((request) => request.path.split('/').pop() as string);
    const readsPerSha = new Map<string, number>();
    for (const sha of blobReads) readsPerSha.set(sha, (readsPerSha.get(sha) ?? 0) + 1);
    expect([...readsPerSha.entries()].filter(([, reads]) => reads > 1)).toEqual([]);
    // The shared file is unchanged: one blob at both revisions, fetched once.
    expect(readsPerSha.get(blobSha(repo.baseFiles[sharedComponentsPath] as string))).toBe(1);
    // Every unchanged root (to learn what its `$ref`s reach) and the head of each changed spec: its
    // base is rebuilt from the head and the compare patch, so it costs no read.
    const roots = Object.keys(repo.headFiles).filter((path) => path.endsWith('/openapi.yaml'));
    expect(blobReads).toHaveLength(roots.length - repo.changedSpecs.length + 1 + repo.changedSpecs.length);

    const completed = fake.find('PATCH', /\/check-runs\/\d+$/).at(-1)?.body as { conclusion: string; output: { text?: string; summary: string } };
    expect(completed.conclusion).toBe('failure');
    const comment = String(fake.find('POST', /\/issues\/7\/comments$/)[0]?.body?.body ?? '');
    const named = repo.changedSpecs.filter((path) => comment.includes(path));
    expect(named).toEqual(repo.changedSpecs);
    expect(comment).not.toContain(sharedComponentsPath);
  }, 120_000);
});
