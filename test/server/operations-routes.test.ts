// Operations routes over loopback: /healthz stays open; /metrics asks for the bearer token when
// METRICS_TOKEN is set, and stays open (as before) when it is not.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { operationsRoutes, operationsRoutesFor, type ServerHandler } from '../../src/server/operations-routes.js';

let server: Server | undefined;

async function serve(metricsToken: string | undefined, routes: ServerHandler = operationsRoutesFor({ METRICS_TOKEN: metricsToken })): Promise<string> {
  server = createServer((request, response) => {
    void routes(request, response).then((answered) => {
      if (!answered) response.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

const token = 's3cret-metrics-token';

describe('GET /metrics with METRICS_TOKEN set', () => {
  it.each([
    { name: 'no Authorization header', headers: {} as Record<string, string>, status: 401 },
    { name: 'a wrong token', headers: { authorization: 'Bearer wrong' }, status: 401 },
    { name: 'a token one character short', headers: { authorization: `Bearer ${token.slice(0, -1)}` }, status: 401 },
    { name: 'the token with a suffix', headers: { authorization: `Bearer ${token}x` }, status: 401 },
    { name: 'the token as Basic credentials', headers: { authorization: `Basic ${token}` }, status: 401 },
    { name: 'an empty bearer', headers: { authorization: 'Bearer ' }, status: 401 },
    { name: 'the right token', headers: { authorization: `Bearer ${token}` }, status: 200 },
    { name: 'the right token, scheme in lower case', headers: { authorization: `bearer ${token}` }, status: 200 },
  ])('$name → $status', async ({ headers, status }) => {
    const url = await serve(token);
    const response = await fetch(`${url}/metrics`, { headers });
    expect(response.status).toBe(status);
    const body = await response.text();
    if (status === 200) expect(body).toContain('api_review_reviews_total');
    else {
      expect(body).not.toContain('api_review_');
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
    }
  });

  it('leaves /healthz open', async () => {
    const url = await serve(token);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});

describe('GET /metrics without METRICS_TOKEN', () => {
  it.each([{ token: undefined }, { token: '' }])('is open (token $token)', async ({ token: unset }) => {
    const url = await serve(unset);
    const response = await fetch(`${url}/metrics`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('api_review_reviews_total');
  });
});

describe('the routes npm start mounts', () => {
  it('read METRICS_TOKEN from the process environment when a request comes', async () => {
    const saved = process.env.METRICS_TOKEN;
    try {
      const url = await serve(undefined, operationsRoutes);
      process.env.METRICS_TOKEN = token;
      expect((await fetch(`${url}/metrics`)).status).toBe(401);
      expect((await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    } finally {
      if (saved === undefined) delete process.env.METRICS_TOKEN;
      else process.env.METRICS_TOKEN = saved;
    }
  });
});

describe('GET /healthz with a service behind it (replicas: Redis)', () => {
  it.each([
    { name: 'Redis answers', problem: undefined, status: 200, body: { status: 'ok' } },
    { name: 'Redis is away', problem: 'Redis does not answer: connect ECONNREFUSED', status: 503, body: { status: 'unavailable', redis: 'Redis does not answer: connect ECONNREFUSED' } },
  ])('$name → $status', async ({ problem, status, body }) => {
    const url = await serve(undefined, operationsRoutesFor({}, () => Promise.resolve(problem)));
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual(body);
  });
});
