import nock from 'nock';
import { ProbotOctokit } from 'probot';
import { afterEach, describe, expect, it } from 'vitest';
import { changedBetweenTrees } from '../../src/github/tree-diff.js';
import { baseSha, blobSha, headSha } from './fake-github.js';
import { nockedFakeGitHub } from './github-nock.js';

const octokit = (): InstanceType<typeof ProbotOctokit> => new ProbotOctokit({ auth: { token: 'test-token' }, retry: { enabled: false }, throttle: { enabled: false } });
const repo = { owner: 'octo-org', repo: 'pets-api' };

afterEach(() => {
  nock.cleanAll();
});

describe('changedBetweenTrees', () => {
  it('lists added, modified and removed files with their head blobs, in path order, from two tree calls', async () => {
    const fake = nockedFakeGitHub({
      baseFiles: { 'same.yaml': 'a: 1\n', 'changed.yaml': 'b: 1\n', 'gone.yaml': 'c: 1\n' },
      headFiles: { 'same.yaml': 'a: 1\n', 'changed.yaml': 'b: 2\n', 'new/pet.schema': 'd: 1\n' },
      headSymlinks: { 'link.yaml': '../../etc/passwd' },
    });
    expect(await changedBetweenTrees(octokit(), repo, baseSha, headSha, 3000)).toEqual([
      { status: 'modified', path: 'changed.yaml', headBlob: blobSha('b: 2\n') },
      { status: 'removed', path: 'gone.yaml' },
      // A symbolic link is listed as changed; reading it yields its link text, never its target.
      { status: 'added', path: 'link.yaml', headBlob: blobSha('../../etc/passwd') },
      { status: 'added', path: 'new/pet.schema', headBlob: blobSha('d: 1\n') },
    ]);
    expect(fake.find('GET', /\/git\/trees\//)).toHaveLength(2);
  });

  it('fails closed with the reason when GitHub truncates a tree', async () => {
    nockedFakeGitHub({ baseFiles: { 'a.yaml': 'a: 1\n' }, headFiles: { 'a.yaml': 'a: 2\n' }, truncatedTrees: true });
    await expect(changedBetweenTrees(octokit(), repo, baseSha, headSha, 3000)).rejects.toThrow(/more than 3,000 files.*cannot all be known/);
  });
});
