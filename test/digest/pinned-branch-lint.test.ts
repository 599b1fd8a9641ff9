// A default branch whose spec pins its lint (a pattern outside V8's linear engine, validated
// against a long example) must not stall the process running the digest: the lint runs on a
// worker stopped at `limits.seconds_per_review`, and the digest says which spec was not linted.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { runInstallationDigests } from '../../src/digest/run-digests.js';
import { testDigestGitHub, useScriptedWeek } from './scripted-github.js';
import { now } from './scripted-week.js';

const budgetSeconds = 15;
const redos = readFileSync(new URL('../fixtures/hostile/redos-lookahead.yaml', import.meta.url), 'utf8');

describe('a digest over a default branch with a pinning spec', () => {
  const week = useScriptedWeek();
  beforeEach(() => {
    week.fake.branchFiles['pinned.openapi.yaml'] = redos;
    week.fake.branchFiles['.github/api-review.yml'] = `digest:\n  enabled: true\nlimits:\n  seconds_per_review: ${budgetSeconds}\n`;
  });

  it('stops that lint at the budget, still writes the digest, and names the spec', { timeout: 120_000 }, async () => {
    const outcomes = await runInstallationDigests(testDigestGitHub(), { now });
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true]);
    const body = week.fake.issues[0]?.body ?? '';
    expect(body).toContain(`octo/api: pinned.openapi.yaml not linted: the review took longer than ${budgetSeconds} seconds (limits.seconds_per_review)`);
    // The other spec of the branch is still linted (with the shipped guidelines here).
    expect(body).not.toContain('octo/api: openapi.yaml not linted');
    expect(body).toMatch(/\| \[`openapi\.yaml`\]\([^)]*\) \| \d+ \| \d+ \|/);
  });
});
