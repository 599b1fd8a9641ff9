// A loopback HTTP server that stands behind every remote `$ref` and `extends` of the corpus. It
// answers like a real host would, and records every request: a test passes only if it got none.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Canary {
  port: number;
  readonly requests: string[];
  close(): Promise<void>;
}

export async function startCanary(): Promise<Canary> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method ?? 'GET'} ${request.url ?? '/'}`);
    response.writeHead(200, { 'content-type': 'application/yaml' }).end('Pet:\n  type: string\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
