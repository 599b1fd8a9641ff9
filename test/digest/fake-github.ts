// A scripted GitHub for the digest's end-to-end tests: one router answers the REST calls the
// digest makes, from the scripted week, and keeps issues and labels as state. nock and a
// loopback node:http server both hand their requests to it, and tests assert on its log.
import { appId, appSlug, branchFiles, checkRunOutput, checkRuns, installationId, owner, pulls, repoName } from './scripted-week.js';

export interface FakeRequest {
  method: string;
  /** Decoded path without the `/api/v3` prefix of GitHub Enterprise Server. */
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
}

export interface FakeResponse {
  status: number;
  body: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
}

/** The commit `main` points at: the digest reads the branch, and links lines, at it. */
export const branchCommit = 'e'.repeat(40);

export function createFakeGitHub(baseHtml = 'https://github.com') {
  const issues: FakeIssue[] = [];
  const labels = new Set<string>();
  const log: FakeRequest[] = [];
  /** Files the recursive listing leaves out, as GitHub does past 100,000 entries or 7 MB. */
  const truncatedAway = new Set<string>();
  const repoPath = `/repos/${owner}/${repoName}`;
  const blobSha = (path: string): string => `blob-${Buffer.from(path).toString('hex')}`;
  const issueJson = (issue: FakeIssue) => ({
    id: 9000 + issue.number,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    labels: issue.labels.map((name) => ({ name })),
    html_url: `${baseHtml}/${owner}/${repoName}/issues/${issue.number}`,
  });

  const routes: [string, RegExp, (match: RegExpExecArray, request: FakeRequest) => FakeResponse][] = [
    ['GET', /^\/app$/, () => ok({ id: appId, slug: appSlug, name: 'API Review Bot' })],
    ['GET', /^\/app\/installations$/, () => ok([{ id: installationId, account: { login: owner, id: 1 } }])],
    ['POST', /^\/app\/installations\/(\d+)\/access_tokens$/, () => ({ status: 201, body: { token: 'ghs_fake', expires_at: '2099-01-01T00:00:00Z', permissions: {}, repository_selection: 'all' } })],
    ['GET', /^\/installation\/repositories$/, () =>
      ok({
        total_count: 1,
        repositories: [{ id: 1, name: repoName, full_name: `${owner}/${repoName}`, owner: { login: owner }, default_branch: 'main', html_url: `${baseHtml}/${owner}/${repoName}`, archived: false }],
      })],
    ['GET', new RegExp(`^${repoPath}/contents/(.+)$`), (match) => {
      const text = branchFiles[match[1] as string];
      return text === undefined ? notFound() : { status: 200, body: text, contentType: 'text/plain; charset=utf-8' };
    }],
    ['GET', new RegExp(`^${repoPath}/pulls$`), () => ok(pulls.map((item) => ({ number: item.number, title: item.title, state: item.state, html_url: `${baseHtml}/${owner}/${repoName}/pull/${item.number}`, created_at: item.created_at, updated_at: item.updated_at, merged_at: item.merged_at, head: { sha: item.commits.at(-1) } })))],
    ['GET', new RegExp(`^${repoPath}/pulls/(\\d+)/files$`), (match) => ok((pullNumbered(match[1]) ?.files ?? []).map((filename) => ({ filename, status: 'modified' })))],
    ['GET', new RegExp(`^${repoPath}/pulls/(\\d+)/commits$`), (match) => ok((pullNumbered(match[1])?.commits ?? []).map((sha) => ({ sha })))],
    ['GET', new RegExp(`^${repoPath}/commits/([^/]+)/check-runs$`), (match, request) => {
      // `app_id` is not honored here, as on servers that ignore it: the digest must check each run's `app` itself.
      const runs = checkRuns.filter((item) => item.sha === match[1] && request.query.get('check_name') === 'API Review');
      const check_runs = runs.map((item) => ({ id: item.id, name: 'API Review', head_sha: item.sha, app: { id: item.appId ?? appId }, status: 'completed', conclusion: 'success', started_at: item.started_at, completed_at: item.completed_at, output: { title: 'API Review', summary: '', text: checkRunOutput(item.data) } }));
      return ok({ total_count: check_runs.length, check_runs });
    }],
    ['GET', new RegExp(`^${repoPath}/git/ref/heads/main$`), () => ok({ ref: 'refs/heads/main', object: { type: 'commit', sha: branchCommit } })],
    ['GET', new RegExp(`^${repoPath}/git/trees/(main|${branchCommit})$`), (_, request) => {
      // Every file sits at the root of the scripted branch, so a folder listing is the whole tree.
      const listed = Object.keys(branchFiles).filter((path) => request.query.get('recursive') === null || !truncatedAway.has(path));
      return ok({ sha: 'tree', truncated: request.query.get('recursive') !== null && truncatedAway.size > 0, tree: listed.map((path) => ({ path, mode: '100644', type: 'blob', sha: blobSha(path), size: branchFiles[path]?.length })) });
    }],
    ['GET', new RegExp(`^${repoPath}/git/blobs/(.+)$`), (match) => {
      const path = Object.keys(branchFiles).find((candidate) => blobSha(candidate) === match[1]);
      return path === undefined ? notFound() : ok({ sha: match[1], encoding: 'base64', content: Buffer.from(branchFiles[path] as string).toString('base64') });
    }],
    ['GET', new RegExp(`^${repoPath}/issues$`), (_, request) => {
      const wanted = (request.query.get('labels') ?? '').split(',').filter(Boolean);
      const state = request.query.get('state') ?? 'open';
      return ok(issues.filter((issue) => wanted.every((label) => issue.labels.includes(label)) && (state === 'all' || issue.state === state)).map(issueJson));
    }],
    ['GET', new RegExp(`^${repoPath}/labels/(.+)$`), (match) => (labels.has(match[1] as string) ? ok({ name: match[1] }) : notFound())],
    ['POST', new RegExp(`^${repoPath}/labels$`), (_, request) => {
      labels.add((request.body as { name: string }).name);
      return { status: 201, body: request.body };
    }],
    ['POST', new RegExp(`^${repoPath}/issues$`), (_, request) => {
      const body = request.body as { title: string; body: string; labels: string[] };
      const issue: FakeIssue = { number: issues.length + 1, title: body.title, body: body.body, labels: body.labels.filter((label) => labels.has(label)), state: 'open' };
      issues.push(issue);
      return { status: 201, body: issueJson(issue) };
    }],
    ['PATCH', new RegExp(`^${repoPath}/issues/(\\d+)$`), (match, request) => {
      const issue = issues.find((item) => item.number === Number(match[1]));
      if (!issue) return notFound();
      Object.assign(issue, request.body as Partial<FakeIssue>);
      return ok(issueJson(issue));
    }],
  ];

  // Answers served before the routes, once each, to requests that match: GitHub's bad moments.
  const faults: { method: string; path: RegExp; answer: FakeResponse }[] = [];
  const failNext = (method: string, path: RegExp, answer: FakeResponse): void => {
    faults.push({ method, path, answer });
  };

  const handle = (request: FakeRequest): FakeResponse => {
    log.push(request);
    const fault = faults.findIndex((candidate) => candidate.method === request.method && candidate.path.test(request.path));
    if (fault !== -1) return faults.splice(fault, 1)[0]!.answer;
    for (const [method, pattern, answer] of routes) {
      const match = method === request.method ? pattern.exec(request.path) : null;
      if (match) return answer(match, request);
    }
    return { status: 404, body: { message: `fake GitHub has no route for ${request.method} ${request.path}` } };
  };

  return { handle, failNext, truncatedAway, issues, labels, log };
}

export type FakeGitHub = ReturnType<typeof createFakeGitHub>;

/** Splits a raw request target (`/api/v3/repos/...?x=1`) the way the router reads it. */
export function parseTarget(target: string): { path: string; query: URLSearchParams } {
  const url = new URL(target, 'http://fake.invalid');
  return { path: decodeURIComponent(url.pathname.replace(/^\/api\/v3(?=\/)/, '')), query: url.searchParams };
}

function pullNumbered(number: string | undefined) {
  return pulls.find((item) => item.number === Number(number));
}

function ok(body: unknown): FakeResponse {
  return { status: 200, body };
}

function notFound(): FakeResponse {
  return { status: 404, body: { message: 'Not Found' } };
}
