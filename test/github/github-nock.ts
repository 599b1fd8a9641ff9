// Routes every request to api.github.com through nock into a FakeGitHub.
import nock from 'nock';
import { FakeGitHub, type FakeRepoOptions } from './fake-github.js';

export function nockGitHub(fake: FakeGitHub): void {
  for (const method of ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const) {
    nock('https://api.github.com')
      .persist()
      .intercept(/.*/, method)
      .reply((uri, body) => {
        const parsedBody = typeof body === 'string' && body !== '' ? (JSON.parse(body) as unknown) : body;
        const answer = fake.answer(method, uri, parsedBody);
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
