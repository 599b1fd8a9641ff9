// The digest reads a default branch through src/github's tree and blob reads: a truncated listing
// is walked folder by folder, and a file over `limits.bytes_per_file` is never downloaded.
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInstallationDigests } from '../../src/digest/run-digests.js';
import { createFakeGitHub, type FakeGitHub } from './fake-github.js';
import { routeThroughNock, testDigestGitHub } from './github-through-nock.js';
import { branchFiles, now } from './scripted-week.js';

describe('the digest over a default branch', () => {
  const original = { ...branchFiles };
  let fake: FakeGitHub;
  beforeEach(() => {
    fake = createFakeGitHub();
    routeThroughNock(fake);
  });
  afterEach(() => {
    nock.cleanAll();
    for (const path of Object.keys(branchFiles)) delete branchFiles[path];
    Object.assign(branchFiles, original);
  });

  it('finds the configured ruleset that a truncated listing left out, and says the listing was cut', async () => {
    fake.truncatedAway.add('.spectral.yaml');
    await runInstallationDigests(testDigestGitHub(), { now });
    const body = fake.issues[0]?.body ?? '';
    expect(body).toContain('GitHub truncated the file listing of main');
    expect(body).not.toContain('the ruleset does not load');
    expect(body).toContain('1. `description-wanted` — 2 findings in 1 spec');
  });

  it('does not download a spec over limits.bytes_per_file, and names it', async () => {
    branchFiles['.github/api-review.yml'] = `${original['.github/api-review.yml']}limits:\n  bytes_per_file: 2000\n`;
    branchFiles['big.openapi.yaml'] = `openapi: 3.0.3\ninfo: {title: big, version: '1'}\npaths: {}\n#${'x'.repeat(3000)}\n`;
    await runInstallationDigests(testDigestGitHub(), { now });
    expect(fake.issues[0]?.body ?? '').toMatch(/octo\/api: big\.openapi\.yaml does not load: .*2000/);
    const blobReads = fake.log.filter((request) => request.path.startsWith('/repos/octo/api/git/blobs/'));
    expect(blobReads.some((request) => request.path.endsWith(Buffer.from('big.openapi.yaml').toString('hex')))).toBe(false);
  });
});
