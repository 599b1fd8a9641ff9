// Black box: `api-review digest` against a loopback GitHub Enterprise Server (node:http) serving the
// scripted week, authenticated as the App with a freshly generated RSA key.
import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestCommand } from '../../src/cli/digest-command.js';
import type { Output } from '../../src/cli/cli-output.js';
import type { ParsedOptions } from '../../src/cli/parse-options.js';
import { fakeInstallationToken } from '../github/fake-github.js';
import { serveFakeGitHub, type LoopbackGitHub } from '../github/loopback-github.js';
import { scriptedWeekGitHub } from './scripted-week.js';

const { privateKey, publicKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});

function capture(): Output & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (text) => lines.push(text), err: (text) => errors.push(text) };
}

const options: ParsedOptions = { command: 'digest', positionals: [], now: '2026-11-23T08:00:00Z', help: false, version: false };

describe('api-review digest against a loopback GitHub', () => {
  const fake = scriptedWeekGitHub();
  let server: LoopbackGitHub;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    server = await serveFakeGitHub(fake);
    env = { APP_ID: '1234', PRIVATE_KEY: privateKey, GHE_HOST: `127.0.0.1:${server.port}`, GHE_PROTOCOL: 'http', LOG_LEVEL: 'error' };
  });
  afterAll(() => server.close());

  it('opens one issue whose numbers match the history, then updates it on a second run', async () => {
    const first = capture();
    expect(await digestCommand(options, first, env)).toBe(0);
    expect(first.errors).toEqual([]);
    expect(first.lines).toEqual(['created octo/api#1 API governance digest — 2026-W48 https://github.com/octo/api/issues/1']);
    expect(fake.issues).toHaveLength(1);
    expect(fake.issues[0]?.labels).toEqual(['api-governance']);
    const body = fake.issues[0]?.body ?? '';
    expect(body).toContain('- Opened: **3**');
    expect(body).toContain('- Merged: **3**');
    expect(body).toContain('- Detected: **3** in 2 pull requests');
    expect(body).toContain('- Breaking-change rate: **33%** (1 of 3 merged pull requests');
    expect(body).toContain('**7.0 h** (over 2 merged pull requests)');

    // The App authenticated with a JWT signed by its key, then with the installation token.
    const listing = fake.requests.find((request) => request.path === '/app/installations');
    const jwt = listing?.authorization?.replace(/^bearer /i, '') ?? '';
    const [header, payload, signature] = jwt.split('.');
    expect(verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), createPublicKey(publicKey), Buffer.from(signature ?? '', 'base64url'))).toBe(true);
    expect(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'))).toMatchObject({ iss: 1234 });
    expect(fake.requests.some((request) => request.method === 'POST' && request.path === '/app/installations/42/access_tokens')).toBe(true);
    expect(fake.requests.find((request) => request.path === '/repos/octo/api/pulls')?.authorization).toBe(`token ${fakeInstallationToken}`);

    const second = capture();
    expect(await digestCommand(options, second, env)).toBe(0);
    expect(second.lines).toEqual(['updated octo/api#1 API governance digest — 2026-W48 https://github.com/octo/api/issues/1']);
    expect(fake.issues).toHaveLength(1);
    expect(fake.requests.filter((request) => request.method === 'PATCH').map((request) => request.path)).toEqual(['/repos/octo/api/issues/1']);
  });

  it('waits out a secondary rate limit as the server does, instead of losing the repository', async () => {
    fake.failNext('GET', /^\/repos\/octo\/api\/pulls$/, {
      status: 403,
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
      headers: { 'retry-after': '1' },
    });
    const run = capture();
    expect(await digestCommand(options, run, env)).toBe(0);
    expect(run.errors).toEqual([]);
    expect(fake.issues[0]?.body).not.toContain('not measured, GitHub answered');
    expect(fake.issues[0]?.body).toContain('- Opened: **3**');
  });

  it('says which env vars it needs when APP_ID is missing', async () => {
    await expect(digestCommand(options, capture(), {})).rejects.toThrow(/set APP_ID and PRIVATE_KEY or PRIVATE_KEY_PATH/);
  });
});
