// A cluster of built App processes on one Redis for the replicas' end-to-end test and the queue
// benchmark: webhook servers (`dist/server/start-server.js`), workers (`dist/server/start-worker.js`)
// and one loopback server answering for several fake repositories (test/github/fake-github.ts).
// It signs deliveries like GitHub, counts the reviews of each repository running at once (from the
// compare call that starts one to the check-run write that completes it) and can hold a review in
// the middle (its tree listing unanswered) so a test can kill the worker running it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmitterWebhookEvent } from '@octokit/webhooks';
import { Redis } from 'ioredis';
import { FakeGitHub, headSha } from '../github/fake-github.js';

const root = new URL('../../', import.meta.url);
const spec = (name: string): string => readFileSync(new URL(`test/fixtures/webhooks/specs/${name}`, root), 'utf8');

export interface Running {
  name: string;
  process: ChildProcess;
  log: string;
  port?: number;
}

export interface ClusterOptions {
  redisUrl: string;
  prefix: string;
  repos: string[];
  stalledSeconds?: number;
}

export class ReplicaCluster {
  readonly fakes = new Map<string, FakeGitHub>();
  readonly processes: Running[] = [];
  /** The most reviews of one repository seen running at once. */
  mostAtOnce = 0;
  /** Tree listings of this repository are never answered while set. */
  holdTrees: string | undefined;
  heldTrees = 0;
  readonly secret = 'replicas-webhook-secret';
  private readonly active = new Map<string, number>();
  private server: Server | undefined;
  private port = 0;
  private readonly privateKey: string;
  readonly redis: Redis;

  constructor(private readonly options: ClusterOptions) {
    for (const name of options.repos) {
      this.fakes.set(name, new FakeGitHub({ repo: name, baseFiles: { 'openapi.yaml': spec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': spec('pets-v2-breaking.yaml') } }));
    }
    this.privateKey = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey;
    this.redis = new Redis(options.redisUrl);
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => void this.answer(request, response));
    this.port = await listen(this.server);
    for (const fake of this.fakes.values()) fake.apiBase = `http://127.0.0.1:${this.port}/api/v3`;
  }

  async stop(): Promise<void> {
    for (const running of this.processes) running.process.kill('SIGKILL');
    this.redis.disconnect();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  fake(name: string): FakeGitHub {
    const found = this.fakes.get(name);
    if (!found) throw new Error(`no fake repository ${name}`);
    return found;
  }

  checkRuns(name: string): Record<string, unknown>[] {
    return [...this.fake(name).checkRuns.values()];
  }

  completedOnNewest(name: string): Record<string, unknown>[] {
    return this.checkRuns(name).filter((run) => run.head_sha === headSha && run.status === 'completed');
  }

  /** A review that was killed is over: only one running beside its successor would count twice. */
  forget(repo: string): void {
    this.active.set(repo, 0);
  }

  async openLanes(): Promise<number> {
    const keys = await this.redis.keys(`${this.options.prefix}:lane:*`);
    const open = await Promise.all(keys.map((key) => this.redis.hget(key, 'open')));
    return open.filter((flag) => flag === '1').length;
  }

  /** A webhook-only App server (its reviews are the workers'); `healthy` is the path awaited before it counts as up. */
  async startApp(name: string, extra: Record<string, string> = {}, healthy = '/healthz'): Promise<Running> {
    const port = await freePort();
    const running = this.spawn(name, 'dist/server/start-server.js', { PORT: String(port), REVIEW_QUEUE_CONCURRENCY: '0', ...extra });
    running.port = port;
    const answers = async (): Promise<boolean> => {
      const response = await fetch(`http://127.0.0.1:${port}${healthy}`).catch(() => undefined);
      return response !== undefined && (healthy === '/' || response.ok);
    };
    await until(answers, `${name} listens`, [running]);
    return running;
  }

  async startWorker(name: string, concurrency = 2): Promise<Running> {
    const running = this.spawn(name, 'dist/server/start-worker.js', { REVIEW_QUEUE_CONCURRENCY: String(concurrency) });
    await until(() => running.log.includes('taking jobs from the shared queue'), `${name} is ready`, [running]);
    return running;
  }

  deliver(server: Running, event: EmitterWebhookEvent<'pull_request' | 'issue_comment'>): Promise<Response> {
    const body = JSON.stringify(event.payload);
    return fetch(`${urlOf(server)}/api/github/webhooks`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': event.name,
        'x-github-delivery': `${event.id}-${event.payload.repository.name}`,
        'x-hub-signature-256': `sha256=${createHmac('sha256', this.secret).update(body).digest('hex')}`,
      },
      body,
    });
  }

  private spawn(name: string, entry: string, extra: Record<string, string>): Running {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      APP_ID: '1',
      PRIVATE_KEY: this.privateKey,
      WEBHOOK_SECRET: this.secret,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
      GHE_HOST: `127.0.0.1:${this.port}`,
      GHE_PROTOCOL: 'http',
      REDIS_URL: this.options.redisUrl,
      REDIS_KEY_PREFIX: this.options.prefix,
      REVIEW_QUEUE_STALLED_SECONDS: String(this.options.stalledSeconds ?? 2),
      API_REVIEW_WORKERS: '1',
      ...extra,
    };
    const child = spawn(process.execPath, ['--max-semi-space-size=128', entry], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const running: Running = { name, process: child, log: '' };
    child.stdout?.on('data', (chunk: Buffer) => (running.log += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (running.log += chunk.toString()));
    this.processes.push(running);
    return running;
  }

  /** The fakes by repository; `/app` and installation tokens go to any of them. */
  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>);
    const url = request.url ?? '/';
    const repo = /\/repos\/[^/]+\/([^/]+)\//.exec(url)?.[1];
    const target = this.fakes.get(repo ?? '') ?? (this.fakes.values().next().value as FakeGitHub);
    const method = request.method ?? 'GET';
    if (repo && method === 'GET' && /\/compare\//.test(url)) this.started(repo);
    if (repo && this.holdTrees === repo && /\/git\/trees\//.test(url)) {
      this.heldTrees += 1;
      // Never answered: the worker is killed while it waits.
      return;
    }
    const reply = target.answer(method, url, body);
    if (repo && /\/check-runs/.test(url) && body?.status === 'completed' && reply.status < 300) this.finished(repo);
    const payload = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? '');
    response.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers }).end(payload);
  }

  private started(repo: string): void {
    const now = (this.active.get(repo) ?? 0) + 1;
    this.active.set(repo, now);
    this.mostAtOnce = Math.max(this.mostAtOnce, now);
  }

  private finished(repo: string): void {
    this.active.set(repo, Math.max(0, (this.active.get(repo) ?? 0) - 1));
  }
}

export function urlOf(running: Running): string {
  return `http://127.0.0.1:${running.port}`;
}

export function withHead(event: EmitterWebhookEvent<'pull_request'>, sha: string, id: string): EmitterWebhookEvent<'pull_request'> {
  event.payload.pull_request.head.sha = sha;
  return { ...event, id };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  const port = await listen(probe);
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Awaits a state of the outside world, failing with what was awaited and the processes' last logs. */
export async function until(condition: () => Promise<boolean> | boolean, what: string, watched: Running[], timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}\n${watched.map((running) => `--- ${running.name}\n${running.log.slice(-2500)}`).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
