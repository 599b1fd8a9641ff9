import { describe, expect, it } from 'vitest';
import { oas3, operation, pathsFlagged } from './rule-harness.js';

const withServer = (url: string) => oas3({ servers: [{ url }] });

describe('api-servers-https', () => {
  it.each(['https://api.example.com/v1', 'http://localhost:8080', 'http://127.0.0.1/api', '/api', '{scheme}://api.example.com'])('valid: %s', async (url) => {
    expect(await pathsFlagged('api-servers-https', withServer(url))).toEqual([]);
  });

  it.each(['http://api.example.com', 'http://localhost.example.com', 'ftp://files.example.com'])('invalid: %s', async (url) => {
    expect(await pathsFlagged('api-servers-https', withServer(url))).toEqual(['servers.0.url']);
  });

  it('invalid: an operation-level server over http', async () => {
    const document = oas3({ paths: { '/things': { get: operation({ servers: [{ url: 'http://legacy.example.com' }] }) } } });
    expect(await pathsFlagged('api-servers-https', document)).toEqual(['paths./things.get.servers.0.url']);
  });
});
