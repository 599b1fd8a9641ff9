// A small in-memory GitHub for tests, the one fake of GitHub's REST API: one repository with a
// base and a head revision, one pull request, and the REST routes the App calls; optionally the
// repository's default branch and history (its pull requests, their `API Review` runs, its issues
// and labels), for the digest. nock (github-nock.ts) and a loopback HTTP server (loopback-github.ts)
// both answer through `answer`, and every request is recorded so tests assert on the bodies that
// matter.
import { createHash } from 'node:crypto';
import { unifiedPatch } from './fake-patch.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown> | undefined;
  /** The `authorization` header, where the transport hands it over. */
  authorization?: string | undefined;
  /** The status the fake answered with. */
  status?: number;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  /** GitHub's stamp on a comment an App posted. */
  performed_via_github_app?: { id: number; slug: string } | null;
}

/** The id `GET /app` answers: GitHub stamps it on the App's comments and check runs. */
export const fakeAppId = 1;

export interface FakeTimelineEvent {
  event: string;
  actor?: { login: string; type: string };
  user?: { login: string };
  requested_reviewer?: { login: string };
  requested_team?: { slug: string };
}

export interface FakeRepoOptions {
  owner?: string;
  repo?: string;
  pullNumber?: number;
  baseFiles: Record<string, string>;
  headFiles: Record<string, string>;
  /** `.github/api-review.yml` on the default branch; absent: 404. */
  config?: string;
  draft?: boolean;
  author?: string;
  labels?: string[];
  requestedUsers?: string[];
  comments?: FakeComment[];
  timeline?: FakeTimelineEvent[];
  /** Symbolic links of the head revision: path -> target. */
  headSymlinks?: Record<string, string>;
  /** The head the pull request has now (a newer push); defaults to the reviewed head. */
  currentHead?: string;
  /**
   * The unified diff listed with each modified file: `listed` (GitHub's own, the default),
   * `absent` (as GitHub leaves it for binary files and large diffs), or `mismatched` (one that
   * applies to the head but does not lead back to the base).
   */
  patches?: 'listed' | 'absent' | 'mismatched';
  /** The pull request's head branch is in a fork: check run answers name no pull request, as GitHub's do. */
  forkPull?: boolean;
  appSlug?: string;
  /** The id GitHub stamps on the App's comments and check runs; `fakeAppId` by default. */
  appId?: number;
  /** Requests whose path matches answer 403 (a read-only token). */
  forbidOn?: RegExp;
  /** Repository roles by login (`GET .../collaborators/{login}/permission`); `write` for anyone else. */
  permissions?: Record<string, string>;
  /** Requests whose path matches answer 500 (an outage). */
  failOn?: RegExp;
  /** Recursive tree listings say `truncated` (GitHub's cap of 100,000 entries or 7 MB). */
  truncatedTrees?: boolean;
  /** The default branch `main` at `branchCommit`: its files, also served by the contents API. */
  branchFiles?: Record<string, string>;
  /** The repository's pull requests as `GET /pulls` lists them, with their commits and files. */
  pulls?: FakePull[];
  /** `API Review` runs on those pulls' commits, as some App (this one unless said) left them. */
  pastCheckRuns?: FakePastCheckRun[];
  /** The installation `GET /app/installations` lists; 1 unless said. */
  installationId?: number;
}

export interface FakePull {
  number: number;
  title: string;
  created_at: string;
  updated_at: string;
  merged_at: string | null;
  state: 'open' | 'closed';
  commits: string[];
  files: string[];
}

export interface FakePastCheckRun {
  id: number;
  sha: string;
  started_at: string;
  completed_at: string;
  /** The run's `output.text` (where the review writes its check data line). */
  text: string;
  /** The App that created the run; this one unless said. */
  appId?: number;
}

/** An issue of the repository (not a pull request's), as the digest writes them. */
export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
}

/** GitHub's caps on changed-file lists: the compare API lists 300, a pull request's file list 3,000. */
const compareFileCap = 300;
const pullFileCap = 3000;

export interface FakeAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Where the fake's `html_url`s point. */
const htmlBase = 'https://github.com';

export const baseSha = 'b'.repeat(40);
export const headSha = 'c'.repeat(40);
/** The commit `main` points at: the digest reads the default branch, and links lines, at it. */
export const branchCommit = 'e'.repeat(40);
/** The installation token the fake hands out: tests check it never reaches a log. */
export const fakeInstallationToken = 'ghs_test';

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly owner: string;
  readonly repo: string;
  readonly pullNumber: number;
  /** The pull request's author. */
  readonly author: string;
  comments: FakeComment[];
  labels: string[];
  checkRuns = new Map<number, Record<string, unknown>>();
  /** The default branch's files (tests may edit them between calls). */
  readonly branchFiles: Record<string, string>;
  /** Paths the recursive listing of `main` leaves out (and says it was truncated), as GitHub does past its caps. */
  readonly truncatedAway = new Set<string>();
  /** The repository's issues, and the labels it has (a pull request's labels are `labels`). */
  readonly issues: FakeIssue[] = [];
  readonly repoLabels = new Set<string>();
  private readonly faults: { method: string; path: RegExp; answer: FakeAnswer }[] = [];
  private nextId = 1000;
  private blobsBySha: Map<string, string> | undefined;

  constructor(
    private readonly options: FakeRepoOptions,
    /** Where the API lives, for pagination links: `https://api.github.com` or `http://127.0.0.1:N/api/v3`. */
    public apiBase = 'https://api.github.com',
  ) {
    this.owner = options.owner ?? 'octo-org';
    this.repo = options.repo ?? 'pets-api';
    this.pullNumber = options.pullNumber ?? 7;
    this.author = options.author ?? 'alice';
    this.comments = [...(options.comments ?? [])];
    this.labels = [...(options.labels ?? [])];
    this.branchFiles = options.branchFiles ?? {};
  }

  /** Answers the next request that matches with `answer`, once, before any route: GitHub's bad moments. */
  failNext(method: string, path: RegExp, answer: FakeAnswer): void {
    this.faults.push({ method, path, answer });
  }

  /** Requests other than the installation token and the App lookup: what a review costs. */
  reviewCalls(): RecordedRequest[] {
    return this.requests.filter((request) => !/^\/app(\/|$)/.test(request.path));
  }

  find(method: string, pattern: RegExp): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && pattern.test(request.path));
  }

  answer(method: string, url: string, body: unknown, authorization?: string): FakeAnswer {
    const parsed = new URL(url, 'http://fake');
    const path = decodeURIComponent(parsed.pathname.replace(/^\/api\/v3/, ''));
    const record: RecordedRequest = { method, path, query: parsed.searchParams, body: typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : undefined, authorization };
    this.requests.push(record);
    const answer = this.respond(record);
    record.status = answer.status;
    return answer;
  }

  private respond(request: RecordedRequest): FakeAnswer {
    const { method, path } = request;
    const fault = this.faults.findIndex((candidate) => candidate.method === method && candidate.path.test(path));
    if (fault !== -1) return this.faults.splice(fault, 1)[0]!.answer;
    if (this.options.failOn?.test(path)) return { status: 500, body: { message: 'Server Error' } };
    if (method !== 'GET' && this.options.forbidOn?.test(path)) return { status: 403, body: { message: 'Resource not accessible by integration' } };
    return this.route(request) ?? { status: 404, body: { message: 'Not Found' } };
  }

  private route(request: RecordedRequest): FakeAnswer | undefined {
    const { method, path } = request;
    const repoPath = `/repos/${this.owner}/${this.repo}`;
    if (method === 'GET' && path === '/app') return ok({ ...this.app(), name: 'API Review Bot' });
    if (method === 'GET' && path === '/app/installations') return ok([{ id: this.options.installationId ?? 1, account: { login: this.owner, id: 1 } }]);
    if (method === 'POST' && /^\/app\/installations\/\d+\/access_tokens$/.test(path)) {
      return { status: 201, body: { token: fakeInstallationToken, expires_at: new Date(Date.now() + 3_600_000).toISOString(), permissions: {}, repository_selection: 'all' } };
    }
    if (method === 'GET' && path === '/installation/repositories') return ok({ total_count: 1, repositories: [this.repository()] });
    if (!path.startsWith(`${repoPath}/`)) return undefined;
    const rest = path.slice(repoPath.length);
    const issue = `/issues/${this.pullNumber}`;
    const contents = /^\/contents\/(.+)$/.exec(rest);
    if (method === 'GET' && contents) return this.contents(contents[1] as string);
    if (method === 'POST' && rest === '/check-runs') return refusedCheckRunOutput(request.body) ?? this.createCheckRun(request.body ?? {});
    const checkRun = /^\/check-runs\/(\d+)$/.exec(rest);
    if (method === 'PATCH' && checkRun) return refusedCheckRunOutput(request.body) ?? this.updateCheckRun(Number(checkRun[1]), request.body ?? {});
    const known = checkRun ? this.checkRuns.get(Number(checkRun[1])) : undefined;
    if (method === 'GET' && known) return ok(this.checkRunJson(known));
    const commitRuns = /^\/commits\/([^/]+)\/check-runs$/.exec(rest);
    if (method === 'GET' && commitRuns) {
      const runs = [...[...this.checkRuns.values()].map((run) => this.checkRunJson(run)), ...this.pastRuns(commitRuns[1] as string, request)];
      return ok({ total_count: runs.length, check_runs: runs });
    }
    // The App compares the base branch, the GitHub Action the base commit of its event.
    if (method === 'GET' && (rest === `/compare/main...${headSha}` || rest === `/compare/${baseSha}...${headSha}`)) return ok(this.compare());
    if (method === 'GET' && rest === `/pulls/${this.pullNumber}/files`) return this.page(request, this.changedFiles().slice(0, pullFileCap));
    if (method === 'GET' && rest === '/git/ref/heads/main') return ok({ ref: 'refs/heads/main', object: { type: 'commit', sha: branchCommit } });
    const tree = /^\/git\/trees\/([^/]+)$/.exec(rest);
    if (method === 'GET' && tree) return this.tree(tree[1] as string, request);
    const blob = /^\/git\/blobs\/([0-9a-f]+)$/.exec(rest);
    if (method === 'GET' && blob) return this.blob(blob[1] as string);
    if (method === 'GET' && rest === `/pulls/${this.pullNumber}`) return ok(this.pull());
    const history = this.historyRoute(method, rest, request);
    if (history) return history;
    if (method === 'GET' && rest === `${issue}/comments`) return this.page(request, this.comments.map((comment) => this.commentJson(comment)));
    if ((method === 'POST' || method === 'PATCH') && tooLong(request.body?.body, 65_536)) return unprocessable('body is too long (maximum is 65536 characters)');
    if (method === 'POST' && rest === `${issue}/comments`) return this.createComment(String(request.body?.body ?? ''));
    const comment = /^\/issues\/comments\/(\d+)$/.exec(rest);
    if (method === 'PATCH' && comment) return this.updateComment(Number(comment[1]), String(request.body?.body ?? ''));
    if (method === 'DELETE' && comment) {
      this.comments = this.comments.filter((candidate) => candidate.id !== Number(comment[1]));
      return { status: 204, body: undefined };
    }
    if (method === 'POST' && rest === `${issue}/labels`) {
      if (((request.body?.labels as string[] | undefined) ?? []).some((name) => tooLong(name, 50))) return unprocessable('name is too long (maximum is 50 characters)');
      this.labels.push(...((request.body?.labels as string[] | undefined) ?? []));
      return ok(this.labels.map((name) => ({ name })));
    }
    const label = new RegExp(`^${issue}/labels/(.+)$`).exec(rest);
    if (method === 'DELETE' && label) {
      this.labels = this.labels.filter((name) => name !== label[1]);
      return ok([]);
    }
    if (method === 'POST' && /^\/issues\/comments\/\d+\/reactions$/.test(rest)) return { status: 201, body: { id: this.nextId++, content: request.body?.content } };
    // GitHub's timeline carries each comment as a `commented` event with the comment's own fields.
    if (method === 'GET' && rest === `${issue}/timeline`) {
      return this.page(request, [...(this.options.timeline ?? []), ...this.comments.map((comment) => ({ event: 'commented', actor: comment.user, ...this.commentJson(comment) }))]);
    }
    if (method === 'POST' && rest === `/pulls/${this.pullNumber}/requested_reviewers`) return { status: 201, body: this.pull() };
    const collaborator = /^\/collaborators\/([^/]+)\/permission$/.exec(rest);
    if (method === 'GET' && collaborator) {
      const role = this.options.permissions?.[collaborator[1] as string] ?? 'write';
      return ok({ permission: role, role_name: role, user: null });
    }
    if (method === 'POST' && /^\/issues\/comments\/\d+\/reactions$/.test(rest)) return { status: 201, body: { id: this.nextId++, content: request.body?.content } };
    return undefined;
  }

  /** The digest's routes: the pull requests of the history, the repository's issues and labels. */
  private historyRoute(method: string, rest: string, request: RecordedRequest): FakeAnswer | undefined {
    const pulls = this.options.pulls ?? [];
    const htmlRepo = `${htmlBase}/${this.owner}/${this.repo}`;
    if (method === 'GET' && rest === '/pulls') {
      return ok(pulls.map((item) => ({ number: item.number, title: item.title, state: item.state, html_url: `${htmlRepo}/pull/${item.number}`, created_at: item.created_at, updated_at: item.updated_at, merged_at: item.merged_at, head: { sha: item.commits.at(-1) } })));
    }
    const pullPart = /^\/pulls\/(\d+)\/(files|commits)$/.exec(rest);
    const pull = pullPart ? pulls.find((item) => item.number === Number(pullPart[1])) : undefined;
    if (method === 'GET' && pullPart?.[2] === 'files') return ok((pull?.files ?? []).map((filename) => ({ filename, status: 'modified' })));
    if (method === 'GET' && pullPart?.[2] === 'commits') return ok((pull?.commits ?? []).map((sha) => ({ sha })));
    if (method === 'GET' && rest === '/issues') {
      const wanted = (request.query.get('labels') ?? '').split(',').filter(Boolean);
      const state = request.query.get('state') ?? 'open';
      return ok(this.issues.filter((item) => wanted.every((label) => item.labels.includes(label)) && (state === 'all' || item.state === state)).map((item) => this.issueJson(item)));
    }
    if (method === 'POST' && rest === '/issues') {
      const fields = request.body as { title: string; body: string; labels: string[] };
      const created: FakeIssue = { number: this.issues.length + 1, title: fields.title, body: fields.body, labels: fields.labels.filter((label) => this.repoLabels.has(label)), state: 'open' };
      this.issues.push(created);
      return { status: 201, body: this.issueJson(created) };
    }
    const issueNumber = /^\/issues\/(\d+)$/.exec(rest);
    const known = issueNumber ? this.issues.find((item) => item.number === Number(issueNumber[1])) : undefined;
    if (method === 'PATCH' && known) {
      Object.assign(known, request.body as Partial<FakeIssue>);
      return ok(this.issueJson(known));
    }
    const label = /^\/labels\/(.+)$/.exec(rest);
    if (method === 'GET' && label) return this.repoLabels.has(label[1] as string) ? ok({ name: label[1] }) : undefined;
    if (method === 'POST' && rest === '/labels') {
      this.repoLabels.add(String(request.body?.name));
      return { status: 201, body: request.body };
    }
    return undefined;
  }

  /** The history's `API Review` runs on `sha`. `app_id` is not honoured, as on servers that ignore it: the digest must check each run's `app` itself. */
  private pastRuns(sha: string, request: RecordedRequest): Record<string, unknown>[] {
    if (request.query.get('check_name') !== 'API Review') return [];
    return (this.options.pastCheckRuns ?? [])
      .filter((item) => item.sha === sha)
      .map((item) => ({ id: item.id, name: 'API Review', head_sha: item.sha, app: { id: item.appId ?? this.app().id }, status: 'completed', conclusion: 'success', started_at: item.started_at, completed_at: item.completed_at, output: { title: 'API Review', summary: '', text: item.text } }));
  }

  /** The contents API on the default branch; the config file is `config` where one is scripted. */
  private contents(path: string): FakeAnswer | undefined {
    const text = path === '.github/api-review.yml' && this.options.config !== undefined ? this.options.config : this.branchFiles[path];
    return text === undefined ? undefined : { status: 200, body: text, headers: { 'content-type': 'text/plain; charset=utf-8' } };
  }

  private repository(): Record<string, unknown> {
    return { id: 1, name: this.repo, full_name: `${this.owner}/${this.repo}`, owner: { login: this.owner }, default_branch: 'main', html_url: `${htmlBase}/${this.owner}/${this.repo}`, archived: false };
  }

  private issueJson(issue: FakeIssue): Record<string, unknown> {
    return { id: 9000 + issue.number, number: issue.number, title: issue.title, body: issue.body, state: issue.state, labels: issue.labels.map((name) => ({ name })), html_url: `${htmlBase}/${this.owner}/${this.repo}/issues/${issue.number}` };
  }

  private app(): { id: number; slug: string } {
    return { id: this.options.appId ?? fakeAppId, slug: this.options.appSlug ?? 'api-review-bot' };
  }

  private createCheckRun(body: Record<string, unknown>): FakeAnswer {
    const id = this.nextId++;
    const run = { id, ...body, app: this.app(), output: body.output ?? { title: null, summary: null, text: null } };
    this.checkRuns.set(id, run);
    return { status: 201, body: this.checkRunJson(run) };
  }

  /**
   * A check run as GitHub answers it: `pull_requests` names the open pull requests of its head
   * branch with their heads as they are now (the fake's one pull request; none for a fork's).
   */
  private checkRunJson(run: Record<string, unknown>): Record<string, unknown> {
    const repoJson = { id: 1, url: `${this.apiBase}/repos/${this.owner}/${this.repo}`, name: this.repo };
    const named = {
      id: 70,
      number: this.pullNumber,
      url: `${this.apiBase}/repos/${this.owner}/${this.repo}/pulls/${this.pullNumber}`,
      head: { ref: 'feature', sha: this.options.currentHead ?? headSha, repo: repoJson },
      base: { ref: 'main', sha: baseSha, repo: repoJson },
    };
    return { ...run, pull_requests: this.options.forkPull === true ? [] : [named] };
  }

  private updateCheckRun(id: number, body: Record<string, unknown>): FakeAnswer {
    const run = this.checkRuns.get(id);
    if (!run) return { status: 404, body: { message: 'Not Found' } };
    Object.assign(run, body);
    return ok(this.checkRunJson(run));
  }

  private compare(): unknown {
    return { status: 'ahead', merge_base_commit: { sha: baseSha }, base_commit: { sha: baseSha }, commits: [], files: this.changedFiles().slice(0, compareFileCap) };
  }

  /** What changed between base and head, sorted by path as git lists a diff. */
  private changedFiles(): { filename: string; status: string; sha: string; patch?: string }[] {
    const base = this.options.baseFiles;
    const head = this.options.headFiles;
    const files = [
      ...Object.keys(head).filter((path) => base[path] === undefined).map((filename) => ({ filename, status: 'added', sha: blobSha(head[filename] as string) })),
      ...Object.keys(head)
        .filter((path) => base[path] !== undefined && base[path] !== head[path])
        .map((filename) => ({ filename, status: 'modified', sha: blobSha(head[filename] as string), ...this.patchOf(base[filename] as string, head[filename] as string) })),
      ...Object.keys(base).filter((path) => head[path] === undefined).map((filename) => ({ filename, status: 'removed', sha: blobSha(base[filename] as string) })),
    ];
    return files.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
  }

  private patchOf(before: string, after: string): { patch?: string } {
    const patches = this.options.patches ?? 'listed';
    if (patches === 'absent') return {};
    return { patch: unifiedPatch(patches === 'mismatched' ? `${before}\nx-edited: true\n` : before, after) };
  }

  private tree(sha: string, request: RecordedRequest): FakeAnswer | undefined {
    if (sha === 'main' || sha === branchCommit) return this.branchTree(request);
    const files = sha === baseSha ? this.options.baseFiles : sha === headSha ? this.options.headFiles : undefined;
    if (!files) return undefined;
    const entries = Object.entries(files).map(([path, text]) => ({ path, mode: '100644', type: 'blob', sha: blobSha(text), size: Buffer.byteLength(text) }));
    if (sha === headSha) {
      for (const [path, target] of Object.entries(this.options.headSymlinks ?? {})) {
        entries.push({ path, mode: '120000', type: 'blob', sha: blobSha(target), size: target.length });
      }
    }
    return ok({ sha, truncated: this.options.truncatedTrees === true && request.query.get('recursive') !== null, tree: entries });
  }

  /** Every file sits at the root of the default branch, so a folder listing is the whole tree. */
  private branchTree(request: RecordedRequest): FakeAnswer {
    const recursive = request.query.get('recursive') !== null;
    const listed = Object.keys(this.branchFiles).filter((path) => !recursive || !this.truncatedAway.has(path));
    const tree = listed.map((path) => ({ path, mode: '100644', type: 'blob', sha: blobSha(this.branchFiles[path] as string), size: Buffer.byteLength(this.branchFiles[path] as string) }));
    return ok({ sha: 'tree', truncated: recursive && this.truncatedAway.size > 0, tree });
  }

  private blob(sha: string): FakeAnswer | undefined {
    // The revisions' files are indexed once: hashing every file on every blob request made a
    // 300-spec repository slow. The default branch is searched as it is now (tests edit it).
    this.blobsBySha ??= new Map(
      [...Object.values(this.options.baseFiles), ...Object.values(this.options.headFiles), ...Object.values(this.options.headSymlinks ?? {})].map((text) => [blobSha(text), text]),
    );
    const text = this.blobsBySha.get(sha) ?? Object.values(this.branchFiles).find((candidate) => blobSha(candidate) === sha);
    if (text === undefined) return undefined;
    return ok({ sha, size: Buffer.byteLength(text), encoding: 'base64', content: Buffer.from(text).toString('base64') });
  }

  private pull(): Record<string, unknown> {
    const htmlUrl = `https://github.com/${this.owner}/${this.repo}`;
    return {
      number: this.pullNumber,
      state: 'open',
      draft: this.options.draft ?? false,
      user: { login: this.options.author ?? 'alice', type: 'User' },
      head: { sha: this.options.currentHead ?? headSha, ref: 'feature' },
      base: { sha: baseSha, ref: 'main', repo: { html_url: htmlUrl, full_name: `${this.owner}/${this.repo}` } },
      labels: this.labels.map((name) => ({ name })),
      requested_reviewers: (this.options.requestedUsers ?? []).map((login) => ({ login })),
      requested_teams: [],
      html_url: `${htmlUrl}/pull/${this.pullNumber}`,
    };
  }

  private commentJson(comment: FakeComment): Record<string, unknown> {
    return {
      ...comment,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${this.pullNumber}#issuecomment-${comment.id}`,
      created_at: '2025-01-01T00:00:00Z',
    };
  }

  private createComment(body: string): FakeAnswer {
    const comment = { id: this.nextId++, body, user: { login: `${this.app().slug}[bot]`, type: 'Bot' }, performed_via_github_app: this.app() };
    this.comments.push(comment);
    return { status: 201, body: this.commentJson(comment) };
  }

  private updateComment(id: number, body: string): FakeAnswer {
    const comment = this.comments.find((candidate) => candidate.id === id);
    if (!comment) return { status: 404, body: { message: 'Not Found' } };
    comment.body = body;
    return ok(this.commentJson(comment));
  }

  /** GitHub's page/per_page pagination with a `Link` header, so paginating clients are exercised. */
  private page(request: RecordedRequest, items: unknown[]): FakeAnswer {
    const perPage = Number(request.query.get('per_page') ?? 30);
    const page = Number(request.query.get('page') ?? 1);
    const shown = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      headers.link = `<${this.apiBase}/repos/${this.owner}/${this.repo}${request.path.slice(`/repos/${this.owner}/${this.repo}`.length)}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
    }
    return { status: 200, body: shown, headers };
  }
}

function ok(body: unknown): FakeAnswer {
  return { status: 200, body };
}

function unprocessable(message: string): FakeAnswer {
  return { status: 422, body: { message: 'Validation Failed', errors: [{ code: 'custom', message }] } };
}

/** GitHub measures these limits in characters but enforces them on bytes in practice; the fake is as strict. */
function tooLong(text: unknown, max: number): boolean {
  return typeof text === 'string' && Buffer.byteLength(text) > max;
}

/** GitHub's documented limits on a check run's output: 422 past any of them, as GitHub answers. */
function refusedCheckRunOutput(body: Record<string, unknown> | undefined): FakeAnswer | undefined {
  const output = body?.output as { title?: unknown; summary?: unknown; text?: unknown; annotations?: { title?: unknown; message?: unknown }[] } | undefined;
  if (!output) return undefined;
  if (tooLong(output.title, 255)) return unprocessable('output.title is too long');
  if (tooLong(output.summary, 65_535) || tooLong(output.text, 65_535)) return unprocessable('output.summary or output.text is too long (maximum is 65535 characters)');
  const annotations = output.annotations ?? [];
  if (annotations.length > 50) return unprocessable('at most 50 annotations per request');
  if (annotations.some((annotation) => tooLong(annotation.title, 255) || tooLong(annotation.message, 65_535))) return unprocessable('annotation title or message is too long');
  return undefined;
}

/** Git's blob id: what GitHub's trees list and the blob API is addressed by. */
export function blobSha(text: string): string {
  return createHash('sha1').update(`blob ${Buffer.byteLength(text)}\0${text}`).digest('hex');
}
