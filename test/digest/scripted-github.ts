// The digest's tests over the one fake GitHub: the scripted week's repository reached through nock,
// and the digest's port (`digestGitHubOf`, the real implementation) over a test Octokit, as the App
// builds it for an installation.
import nock from 'nock';
import { ProbotOctokit } from 'probot';
import { afterEach, beforeEach } from 'vitest';
import type { DigestGitHub } from '../../src/digest/digest-github.js';
import { digestGitHubOf } from '../../src/github/digest-github-of.js';
import type { FakeGitHub } from '../github/fake-github.js';
import { nockGitHub } from '../github/github-nock.js';
import { scriptedWeekGitHub } from './scripted-week.js';

/** Registers the hooks that give each test a fresh scripted week behind nock; read `.fake` in a test. */
export function useScriptedWeek(): { readonly fake: FakeGitHub } {
  let current: FakeGitHub | undefined;
  beforeEach(() => {
    current = scriptedWeekGitHub();
    nockGitHub(current);
  });
  afterEach(() => {
    nock.cleanAll();
    current = undefined;
  });
  return {
    get fake() {
      if (current === undefined) throw new Error('the scripted week exists only during a test');
      return current;
    },
  };
}

/** The digest's port over a test Octokit, as the App builds it for an installation. */
export function testDigestGitHub(): DigestGitHub {
  return digestGitHubOf(testOctokit());
}

export function testOctokit(): ProbotOctokit {
  return new ProbotOctokit({ auth: { token: 'test-token' }, retry: { enabled: false }, throttle: { enabled: false } });
}
