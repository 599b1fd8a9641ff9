// The GitHub API calls of one review, counted on the recording fake GitHub the tests use (the
// App inside Probot, nock in front): a pull request changing one spec, a push touching none, and
// a breaking pull request whose repository configures a reviewer (the App labels it and asks).
// Prints one JSON line: { singleSpecPullRequest, noSpecPush, configuredReviewerPullRequest }.
import { readFileSync } from 'node:fs';
import nock from 'nock';
import { FakeGitHub, type FakeRepoOptions } from '../test/github/fake-github.js';
import { nockGitHub } from '../test/github/github-nock.js';
import { loadedProbot } from '../test/github/probot-harness.js';
import { pullRequestEvent } from '../test/github/webhook-payloads.js';

const spec = (name: string): string => readFileSync(new URL(`../test/fixtures/webhooks/specs/${name}`, import.meta.url), 'utf8');

async function callsOf(options: FakeRepoOptions, action: 'opened' | 'synchronize'): Promise<{ calls: number; requests: string[] }> {
  nock.disableNetConnect();
  const fake = new FakeGitHub(options);
  nockGitHub(fake);
  const probot = await loadedProbot();
  await probot.receive(pullRequestEvent(fake, action));
  nock.cleanAll();
  const requests = fake.reviewCalls().map((request) => `${request.method} ${request.path}`);
  return { calls: requests.length, requests };
}

const singleSpecPullRequest = await callsOf(
  { baseFiles: { 'openapi.yaml': spec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': spec('pets-v2-breaking.yaml') } },
  'opened',
);
const noSpecPush = await callsOf(
  { baseFiles: { 'openapi.yaml': spec('pets-v1.yaml'), 'src/app.ts': 'a' }, headFiles: { 'openapi.yaml': spec('pets-v1.yaml'), 'src/app.ts': 'b' } },
  'synchronize',
);
const configuredReviewerPullRequest = await callsOf(
  {
    baseFiles: { 'openapi.yaml': spec('pets-v1.yaml') },
    headFiles: { 'openapi.yaml': spec('pets-v2-breaking.yaml') },
    config: 'breaking:\n  reviewers:\n    users: [api-steward]\n',
  },
  'opened',
);
process.stdout.write(`${JSON.stringify({ singleSpecPullRequest, noSpecPush, configuredReviewerPullRequest })}\n`);
