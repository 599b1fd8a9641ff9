// The GitHub Action's entry in a runner-like environment (event file, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY, RUNNER_TEMP, a workspace) against the fake GitHub: the check run, the one
// sticky comment (edited on a re-run), the label, the SARIF file, the outputs and the exit code.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAction } from '../../src/action/run-action.js';
import { githubActionsIdentity } from '../../src/action/action-identity.js';
import { nockedFakeGitHub } from '../github/github-nock.js';
import type { FakeGitHub, FakeRepoOptions } from '../github/fake-github.js';
import { pullRequestEvent } from '../github/webhook-payloads.js';

const spec = (name: string): string => readFileSync(new URL(`../fixtures/webhooks/specs/${name}`, import.meta.url), 'utf8');
const token = 'ghs_action_token_never_printed';
const asActions: Partial<FakeRepoOptions> = { appSlug: 'github-actions', appId: githubActionsIdentity.id };

let runner: string;
let printed: string;

beforeEach(() => {
  runner = mkdtempSync(join(tmpdir(), 'api-review-action-'));
  mkdirSync(join(runner, 'workspace'));
  mkdirSync(join(runner, 'temp'));
  printed = '';
  const capture = (chunk: string | Uint8Array): boolean => ((printed += String(chunk)), true);
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
});

afterEach(() => {
  vi.restoreAllMocks();
  nock.cleanAll();
  rmSync(runner, { recursive: true, force: true });
});

function runnerEnv(fake: FakeGitHub, overrides: Record<string, string> = {}): Record<string, string> {
  const eventPath = join(runner, 'event.json');
  writeFileSync(eventPath, JSON.stringify(pullRequestEvent(fake, 'synchronize').payload));
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`,
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_SHA: 'd'.repeat(40),
    GITHUB_WORKSPACE: join(runner, 'workspace'),
    RUNNER_TEMP: join(runner, 'temp'),
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STEP_SUMMARY: join(runner, 'summary.md'),
    'INPUT_GITHUB-TOKEN': token,
    ...overrides,
  };
}

const outputs = (): string => readFileSync(join(runner, 'output'), 'utf8');

describe('the GitHub Action on a pull_request event', () => {
  it('fails the job on a breaking change: failing check, one comment, the label, SARIF and the summary', async () => {
    const fake = nockedFakeGitHub({ baseFiles: { 'openapi.yaml': spec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': spec('pets-v2-breaking.yaml') }, ...asActions });
    expect(await runAction(runnerEnv(fake), '1.2.3')).toBe(1);

    const created = fake.find('POST', /\/check-runs$/)[0]?.body;
    expect(created).toEqual(expect.objectContaining({ name: 'API Review', head_sha: 'c'.repeat(40), status: 'in_progress' }));
    const completed = fake.find('PATCH', /\/check-runs\/\d+$/).at(-1)?.body as { conclusion?: string; output?: { annotations?: unknown[] } };
    expect(completed.conclusion).toBe('failure');
    expect(completed.output?.annotations?.length).toBeGreaterThan(0);
    expect(fake.find('POST', /\/issues\/7\/comments$/)).toHaveLength(1);
    expect(fake.find('GET', /\/compare\//)[0]?.path).toBe(`/repos/${fake.owner}/${fake.repo}/compare/${'b'.repeat(40)}...${'c'.repeat(40)}`);
    expect(fake.find('POST', /\/issues\/7\/labels$/)[0]?.body).toEqual({ labels: ['breaking-change'] });
    expect(fake.find('GET', /^\/app/)).toEqual([]);

    const sarifPath = join(runner, 'temp', 'api-review.sarif');
    expect(outputs()).toBe(`sarif=${sarifPath}\n`);
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as { version: string; runs: { tool: { driver: { version: string } }; results: { level: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.tool.driver.version).toBe('1.2.3');
    expect(sarif.runs[0]?.results.filter((result) => result.level === 'error').length).toBe(2);
    expect(readFileSync(join(runner, 'summary.md'), 'utf8')).toContain('breaking');
    expect(printed).not.toContain(token);
  });

  it('edits its one comment on a re-run instead of posting another', async () => {
    const fake = nockedFakeGitHub({ baseFiles: { 'openapi.yaml': spec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': spec('pets-v2-breaking.yaml') }, ...asActions });
    expect(await runAction(runnerEnv(fake), '1.2.3')).toBe(1);
    expect(await runAction(runnerEnv(fake), '1.2.3')).toBe(1);
    expect(fake.find('POST', /\/issues\/7\/comments$/)).toHaveLength(1);
    expect(fake.comments).toHaveLength(1);
  });

  it('passes a compatible change and exits 0', async () => {
    const fake = nockedFakeGitHub({ baseFiles: { 'openapi.yaml': spec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': spec('pets-v1.yaml').replace('title:', 'x-note: tidy\n  title:') }, ...asActions });
    expect(await runAction(runnerEnv(fake), '1.2.3')).toBe(0);
    expect((fake.find('PATCH', /\/check-runs\/\d+$/).at(-1)?.body as { conclusion?: string }).conclusion).toBe('success');
  });

  it("keeps the job's status as the gate when the token may not write checks or comments", async () => {
    const fake = nockedFakeGitHub({
      baseFiles: { 'openapi.yaml': spec('pets-v1.yaml') },
      headFiles: { 'openapi.yaml': spec('pets-v2-breaking.yaml') },
      forbidOn: /\/check-runs|\/comments|\/labels/,
      ...asActions,
    });
    expect(await runAction(runnerEnv(fake), '1.2.3')).toBe(1);
    expect(fake.comments).toEqual([]);
    expect(outputs()).toContain('sarif=');
    expect(printed).toContain("::warning::api-review: the token could not write the check run; the job's status is the gate");
  });

  it('completes the check run as neutral and fails the job when GitHub keeps failing', async () => {
    const fake = nockedFakeGitHub({ baseFiles: { 'openapi.yaml': spec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': spec('pets-v2-breaking.yaml') }, failOn: /\/compare\//, ...asActions });
    expect(await runAction(runnerEnv(fake), '1.2.3')).toBe(1);
    const completed = fake.find('PATCH', /\/check-runs\/\d+$/).at(-1)?.body as { status?: string; conclusion?: string };
    expect(completed).toEqual(expect.objectContaining({ status: 'completed', conclusion: 'neutral' }));
    expect(printed).toContain('::error::api-review: the review failed');
    expect(printed).not.toContain(token);
  });

  it.each<{ name: string; env: Record<string, string>; code: number; says: string }>([
    { name: 'no token', env: { 'INPUT_GITHUB-TOKEN': '' }, code: 1, says: 'no token' },
    { name: 'a config outside the workspace', env: { 'INPUT_CONFIG': '../secrets.yml' }, code: 1, says: 'inside the workspace' },
    { name: 'a push event', env: { GITHUB_EVENT_NAME: 'push' }, code: 0, says: 'not a pull request' },
  ])('$name: exits $code, saying so, with no call to GitHub', async ({ env, code, says }) => {
    const fake = nockedFakeGitHub({ baseFiles: {}, headFiles: {}, ...asActions });
    expect(await runAction(runnerEnv(fake, env), '1.2.3')).toBe(code);
    expect(printed).toContain(says);
    expect(fake.requests).toEqual([]);
  });
});
