// Operations: `GET /healthz` for load balancers and `GET /metrics` for Prometheus, mounted on
// Probot's own HTTP server through the `addHandler` option (Probot 14 has no Express router).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { metricsRegistry } from './metrics.js';

/** A Probot 14 server handler: returns true when it answered the request. */
export async function operationsRoutes(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = (request.url ?? '').split('?')[0];
  if (path === '/healthz') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok' }));
    return true;
  }
  if (path === '/metrics') {
    const body = await metricsRegistry.metrics();
    response.writeHead(200, { 'content-type': metricsRegistry.contentType }).end(body);
    return true;
  }
  return false;
}
