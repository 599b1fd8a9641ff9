// The digest reads a default branch through src/github's tree and blob reads: a truncated listing
// is walked folder by folder, and a file over `limits.bytes_per_file` is never downloaded.
import { describe, expect, it } from 'vitest';
import { runInstallationDigests } from '../../src/digest/run-digests.js';
import { blobSha } from '../github/fake-github.js';
import { testDigestGitHub, useScriptedWeek } from './scripted-github.js';
import { branchFiles, now } from './scripted-week.js';

describe('the digest over a default branch', () => {
  const week = useScriptedWeek();

  it('finds the configured ruleset that a truncated listing left out, and says the listing was cut', async () => {
    const { fake } = week;
    fake.truncatedAway.add('.spectral.yaml');
    await runInstallationDigests(testDigestGitHub(), { now });
    const body = fake.issues[0]?.body ?? '';
    expect(body).toContain('GitHub truncated the file listing of main');
    expect(body).not.toContain('the ruleset does not load');
    expect(body).toContain('1. `description-wanted` — 2 findings in 1 spec');
  });

  it('does not download a spec over limits.bytes_per_file, and names it', async () => {
    const { fake } = week;
    fake.branchFiles['.github/api-review.yml'] = `${branchFiles['.github/api-review.yml']}limits:\n  bytes_per_file: 2000\n`;
    fake.branchFiles['big.openapi.yaml'] = `openapi: 3.0.3\ninfo: {title: big, version: '1'}\npaths: {}\n#${'x'.repeat(3000)}\n`;
    await runInstallationDigests(testDigestGitHub(), { now });
    expect(fake.issues[0]?.body ?? '').toMatch(/octo\/api: big\.openapi\.yaml does not load: .*2000/);
    const blobReads = fake.requests.filter((request) => request.path.startsWith('/repos/octo/api/git/blobs/'));
    expect(blobReads.length).toBeGreaterThan(0);
    expect(blobReads.some((request) => request.path.endsWith(blobSha(fake.branchFiles['big.openapi.yaml'] as string)))).toBe(false);
  });
});
