// Routes every request to api.github.com through nock into the scripted fake GitHub.
import nock from 'nock';
import { ProbotOctokit } from 'probot';
import type { DigestGitHub } from '../../src/digest/digest-github.js';
import { digestGitHubOf } from '../../src/github/digest-github-of.js';
import { parseTarget, type FakeGitHub } from './fake-github.js';

export function routeThroughNock(fake: FakeGitHub, origin = 'https://api.github.com'): void {
  for (const method of ['GET', 'POST', 'PATCH']) {
    nock(origin)
      .persist()
      .intercept(/.*/, method)
      .reply(function reply(uri, requestBody) {
        const { path, query } = parseTarget(uri);
        const body = typeof requestBody === 'string' && requestBody.length > 0 ? (JSON.parse(requestBody) as unknown) : requestBody;
        const authorization = this.req.headers.authorization;
        const response = fake.handle({ method, path, query, body, authorization: typeof authorization === 'string' ? authorization : undefined });
        return [response.status, response.body as nock.Body, { 'content-type': response.contentType ?? 'application/json; charset=utf-8' }];
      });
  }
}

/** The digest's port over a test Octokit, as the App builds it for an installation. */
export function testDigestGitHub(): DigestGitHub {
  return digestGitHubOf(testOctokit());
}

export function testOctokit(): ProbotOctokit {
  return new ProbotOctokit({ auth: { token: 'test-token' }, retry: { enabled: false }, throttle: { enabled: false } });
}
