import nock from 'nock';
import { ProbotOctokit } from 'probot';
import { afterEach, describe, expect, it } from 'vitest';
import { blobStore } from '../../src/github/blob-store.js';
import { gitHubFileSource } from '../../src/github/github-file-source.js';
import { gitTree } from '../../src/github/git-tree.js';
import { ReviewLimitError } from '../../src/github/review-limit-error.js';
import { FakeGitHub, headSha } from './fake-github.js';
import { nockGitHub } from './github-nock.js';

const repo = { owner: 'octo-org', repo: 'pets-api' };
const octokit = new ProbotOctokit({ auth: 'test', retry: { enabled: false } });
const limits = { bytes_per_file: 100, files_per_review: 2 };

afterEach(() => {
  nock.cleanAll();
});

function source(fake: FakeGitHub, fileLimits = limits): ReturnType<typeof gitHubFileSource> {
  nockGitHub(fake);
  return gitHubFileSource(gitTree(octokit, repo, headSha), blobStore(octokit, repo, fileLimits), 'head');
}

describe('the GitHub file source', () => {
  it('reads a file once per blob SHA with one tree call', async () => {
    const fake = new FakeGitHub({ baseFiles: {}, headFiles: { 'a.yaml': 'same', 'b.yaml': 'same' } });
    const files = source(fake);
    expect(new TextDecoder().decode(await files.read('a.yaml'))).toBe('same');
    expect(new TextDecoder().decode(await files.read('b.yaml'))).toBe('same');
    expect(await files.read('missing.yaml')).toBeUndefined();
    expect(fake.find('GET', /\/git\/trees\//)).toHaveLength(1);
    expect(fake.find('GET', /\/git\/blobs\//)).toHaveLength(1);
  });

  it('never follows a symbolic link', async () => {
    const fake = new FakeGitHub({ baseFiles: {}, headFiles: { 'real.yaml': 'x' }, headSymlinks: { 'openapi.yaml': '../../etc/passwd' } });
    const files = source(fake);
    expect(await files.read('openapi.yaml')).toBeUndefined();
    expect(await files.paths()).toEqual(['real.yaml']);
    expect(fake.find('GET', /\/git\/blobs\//)).toHaveLength(0);
  });

  it('does not download a file over the size limit but reports its size', async () => {
    const fake = new FakeGitHub({ baseFiles: {}, headFiles: { 'big.yaml': 'x'.repeat(500) } });
    expect((await source(fake).read('big.yaml'))?.byteLength).toBe(500);
    expect(fake.find('GET', /\/git\/blobs\//)).toHaveLength(0);
  });

  it('stops at the file-count limit, naming the config key', async () => {
    const fake = new FakeGitHub({ baseFiles: {}, headFiles: { 'a.yaml': 'a', 'b.yaml': 'b', 'c.yaml': 'c' } });
    const files = source(fake);
    await files.read('a.yaml');
    await files.read('b.yaml');
    await expect(files.read('c.yaml')).rejects.toThrow(ReviewLimitError);
    await expect(files.read('c.yaml')).rejects.toThrow('limits.files_per_review');
  });
});
