// Operations: `GET /healthz` for load balancers and `GET /metrics` for Prometheus, mounted on
// Probot's own HTTP server through the `addHandler` option (Probot 14 has no Express router).
// With METRICS_TOKEN set, /metrics answers only a matching bearer token: the counters reveal
// review traffic and process details, which a public App host should not hand to anyone.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { metricsRegistry } from './metrics.js';

/** A Probot 14 server handler: returns true when it answered the request. */
export type ServerHandler = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

/** The environment the routes read; an unset or empty METRICS_TOKEN leaves /metrics open. */
export interface OperationsEnv {
  METRICS_TOKEN?: string | undefined;
}

/** Why a service the App depends on (Redis, with replicas) is unavailable, or undefined when it answers. */
export type HealthProblem = () => Promise<string | undefined>;

export function operationsRoutesFor(env: OperationsEnv, health?: HealthProblem): ServerHandler {
  const metricsToken = env.METRICS_TOKEN === undefined || env.METRICS_TOKEN === '' ? undefined : env.METRICS_TOKEN;
  return async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const path = (request.url ?? '').split('?')[0];
    if (path === '/healthz') {
      const problem = await health?.();
      // 503 takes the replica out of a load balancer while its Redis is away: its webhooks would fail.
      if (problem !== undefined) response.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'unavailable', redis: problem }));
      else response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok' }));
      return true;
    }
    if (path === '/metrics') {
      if (metricsToken !== undefined && !bearerMatches(request.headers.authorization, metricsToken)) {
        response.writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer' }).end('Unauthorized\n');
        return true;
      }
      const body = await metricsRegistry.metrics();
      response.writeHead(200, { 'content-type': metricsRegistry.contentType }).end(body);
      return true;
    }
    return false;
  };
}

/**
 * The routes as `npm start` mounts them. The environment is read on each request rather than at
 * import, so a token set after this module loaded (a test harness, an env loader) still applies.
 */
export const operationsRoutes: ServerHandler = operationsRoutesWith(undefined);

/** The routes as `npm start` mounts them, with what /healthz asks besides the process. */
export function operationsRoutesWith(health: HealthProblem | undefined): ServerHandler {
  return (request, response) => operationsRoutesFor({ METRICS_TOKEN: process.env.METRICS_TOKEN }, health)(request, response);
}

/**
 * `Authorization: Bearer <token>` (scheme case-insensitive, RFC 7235). Both sides are hashed
 * first so the comparison takes the same time whatever the length or content of the guess.
 */
function bearerMatches(header: string | undefined, expected: string): boolean {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? '');
  const presented = match?.[1] ?? '';
  const equal = timingSafeEqual(digest(presented), digest(expected));
  return match !== null && equal;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
