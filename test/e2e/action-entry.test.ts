// End to end: the built Action entry (`node dist/action/run-action.js`, what action.yml runs) as a
// runner starts it — a runner-like environment, GITHUB_API_URL pointing at a loopback fake GitHub
// — checked by what it did on GitHub, the files it wrote, its exit code and its printed output.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubActionsIdentity } from '../../src/action/action-identity.js';
import { FakeGitHub } from '../github/fake-github.js';
import { serveFakeGitHub, type LoopbackGitHub } from '../github/loopback-github.js';
import { pullRequestEvent } from '../github/webhook-payloads.js';
import { buildEntries, root, startBuiltEntry } from './built-entry.js';

const spec = (name: string): string => readFileSync(new URL(`test/fixtures/webhooks/specs/${name}`, root), 'utf8');
const token = 'ghs_runner_token_0123456789';
const runner = mkdtempSync(join(tmpdir(), 'api-review-runner-'));
let fake: FakeGitHub;
let fakeServer: LoopbackGitHub | undefined;
let apiUrl: string;

beforeAll(async () => {
  await buildEntries('dist/action/run-action.js');
  fake = new FakeGitHub({ baseFiles: { 'openapi.yaml': spec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': spec('pets-v2-breaking.yaml') }, appSlug: 'github-actions', appId: githubActionsIdentity.id });
  fakeServer = await serveFakeGitHub(fake);
  apiUrl = fakeServer.apiUrl;
});

afterAll(async () => {
  rmSync(runner, { recursive: true, force: true });
  await fakeServer?.close();
});

describe('the built Action entry', () => {
  it('reviews a breaking pull request on GITHUB_API_URL and fails the job', async () => {
    const eventPath = join(runner, 'event.json');
    writeFileSync(eventPath, JSON.stringify(pullRequestEvent(fake, 'opened').payload));
    const env = {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`,
      GITHUB_API_URL: apiUrl,
      GITHUB_WORKSPACE: runner,
      RUNNER_TEMP: runner,
      GITHUB_OUTPUT: join(runner, 'output'),
      GITHUB_STEP_SUMMARY: join(runner, 'summary.md'),
      'INPUT_GITHUB-TOKEN': token,
    };
    const action = startBuiltEntry('dist/action/run-action.js', env);
    const code = await action.exited;
    const printed = action.log();

    expect(code, printed).toBe(1);
    expect((fake.find('PATCH', /\/check-runs\/\d+$/).at(-1)?.body as { conclusion?: string }).conclusion).toBe('failure');
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]?.body).toContain('<!-- api-review-bot:summary -->');
    expect(fake.find('POST', /\/issues\/7\/labels$/)[0]?.body).toEqual({ labels: ['breaking-change'] });
    expect(fake.requests.filter((request) => request.path.startsWith('/app'))).toEqual([]);
    const sarifPath = join(runner, 'api-review.sarif');
    expect(readFileSync(join(runner, 'output'), 'utf8')).toBe(`sarif=${sarifPath}\n`);
    expect((JSON.parse(readFileSync(sarifPath, 'utf8')) as { version: string }).version).toBe('2.1.0');
    expect(readFileSync(join(runner, 'summary.md'), 'utf8')).toContain('breaking');
    expect(printed).not.toContain(token);
  });
});
