// Routes every request to api.github.com through nock into a FakeGitHub.
import nock from 'nock';
import { FakeGitHub, type FakeRepoOptions } from './fake-github.js';

/**
 * Several fakes are several repositories: a request goes to the fake whose repository it names.
 * `latencyMs` delays every answer, as GitHub's round trip would (benchmarks only: tests stay fast).
 */
export function nockGitHub(fake: FakeGitHub | FakeGitHub[], options: { latencyMs?: number } = {}): void {
  const fakes = Array.isArray(fake) ? fake : [fake];
  const fakeFor = (uri: string): FakeGitHub =>
    fakes.find((candidate) => new URL(uri, 'http://fake').pathname.startsWith(`/repos/${candidate.owner}/${candidate.repo}/`)) ?? (fakes[0] as FakeGitHub);
  for (const method of ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const) {
    nock('https://api.github.com')
      .persist()
      .intercept(/.*/, method)
      .delay(options.latencyMs ?? 0)
      .reply(function reply(uri, body) {
        const parsedBody = typeof body === 'string' && body !== '' ? (JSON.parse(body) as unknown) : body;
        const authorization = this.req.headers.authorization;
        const answer = fakeFor(uri).answer(method, uri, parsedBody, typeof authorization === 'string' ? authorization : undefined);
        const headers = { 'content-type': 'application/json; charset=utf-8', ...answer.headers };
        const payload = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? '');
        return [answer.status, payload, headers];
      });
  }
}

/** A fake repository that every request to api.github.com reaches. */
export function nockedFakeGitHub(options: FakeRepoOptions): FakeGitHub {
  const fake = new FakeGitHub(options);
  nockGitHub(fake);
  return fake;
}
