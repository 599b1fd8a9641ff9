// collect: this App's own login (`<app-slug>[bot]`), the author of its comments and replies.
// `GET /app` is authenticated as the App (a JWT, not the installation token) and asked once per
// process: the slug never changes while the server runs.
import type { ProbotOctokit } from 'probot';

const logins = new Map<string, Promise<string>>();

export function botLoginOf(octokit: ProbotOctokit): Promise<string> {
  const host = String(octokit.request.endpoint.DEFAULTS.baseUrl);
  let login = logins.get(host);
  if (!login) {
    login = octokit.rest.apps.getAuthenticated().then(({ data }) => `${data?.slug ?? ''}[bot]`);
    // A failed lookup is asked again on the next review rather than remembered.
    login.catch(() => logins.delete(host));
    logins.set(host, login);
  }
  return login;
}
