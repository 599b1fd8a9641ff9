// The gate against pull requests built to slip past it: a review that cannot finish because of
// what the pull request contains fails the check (never `neutral`, which passes a required
// check), and what the App writes to GitHub stays within GitHub's limits whatever the PR holds.
import nock from 'nock';
import type { Probot } from 'probot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeGitHub } from './fake-github.js';
import { nockedFakeGitHub } from './github-nock.js';
import { loadedProbot } from './probot-harness.js';
import { webhookSpec } from './webhook-specs.js';
import { pullCommentEvent, pullRequestEvent } from './webhook-payloads.js';

let probot: Probot;
beforeEach(async () => {
  probot = await loadedProbot();
});
afterEach(() => {
  nock.cleanAll();
});

/** The check run as GitHub holds it: only writes GitHub accepted changed it. */
function completed(fake: FakeGitHub): { conclusion: string; output: { title: string; summary: string; text?: string } } {
  const runs = [...fake.checkRuns.values()];
  expect(runs).toHaveLength(1);
  expect(runs[0]?.status).toBe('completed');
  return runs[0] as unknown as { conclusion: string; output: { title: string; summary: string; text?: string } };
}

/** A spec whose every operation `$ref`s a schema file that does not exist; the first ones by long names. */
function danglingRefs(count: number, longNames: number): string {
  const paths = Array.from({ length: count }, (_, index) =>
    `  /things${index}:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: './schemas/${'m'.repeat(index < longNames ? 4000 : 8)}${index}.yaml'\n`,
  ).join('');
  return webhookSpec('pets-v1.yaml').replace('components:', `${paths}components:`);
}

describe('check run output over GitHub\'s limits', () => {
  it('a head with thousands of dangling $refs still completes the check, as failure, within 65,535 characters', async () => {
    const fake = nockedFakeGitHub({ baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': danglingRefs(3500, 30) } });
    await probot.receive(pullRequestEvent(fake, 'opened'));
    const done = completed(fake);
    expect(done.conclusion).toBe('failure');
    expect(Buffer.byteLength(done.output.summary)).toBeLessThanOrEqual(65_535);
    expect(Buffer.byteLength(done.output.text ?? '')).toBeLessThanOrEqual(65_535);
    const comment = fake.comments.find((candidate) => candidate.user.type === 'Bot');
    expect(comment).toBeDefined();
    expect(Buffer.byteLength(comment?.body ?? '')).toBeLessThanOrEqual(65_536);
  }, 60_000);
});

/** The pets spec with `count` extra operations, each with a long summary. */
function manyOperations(count: number): string {
  const paths = Array.from({ length: count }, (_, index) => `  /things/${'segment-'.repeat(8)}${index}:\n    get:\n      responses:\n        '200':\n          description: ok\n`).join('');
  return webhookSpec('pets-v1.yaml').replace('components:', `${paths}components:`);
}

describe('comments over GitHub\'s limit', () => {
  it('`/api-review plan` for thousands of removed operations replies within 65,536 characters, saying what was cut', async () => {
    const fake = nockedFakeGitHub({ baseFiles: { 'openapi.yaml': manyOperations(1_200) }, headFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') } });
    await probot.receive(pullCommentEvent(fake, '/api-review plan'));
    const replies = fake.comments.filter((comment) => comment.user.type === 'Bot' && !comment.body.includes('<!-- api-review-bot:summary -->'));
    expect(replies).toHaveLength(1);
    expect(Buffer.byteLength(replies[0]?.body ?? '')).toBeLessThanOrEqual(65_536);
    expect(replies[0]?.body).toMatch(/more lines not shown \(GitHub's size limit\)/);
    expect(completed(fake).conclusion).toBe('failure');
  }, 60_000);
});

describe('a label name GitHub would refuse', () => {
  it('is an invalid config on the default branch: neutral, naming the key, before any label call', async () => {
    const fake = nockedFakeGitHub({
      baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') },
      headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml') },
      config: `breaking:\n  label: ${'x'.repeat(51)}\n`,
    });
    await probot.receive(pullRequestEvent(fake, 'opened'));
    const done = completed(fake);
    expect(done.conclusion).toBe('neutral');
    expect(done.output.summary).toContain('breaking.label');
    expect(fake.find('POST', /\/labels$/)).toHaveLength(0);
  });
});

describe('limits hit by what the pull request contains', () => {
  // limits.files_per_review counts the distinct files a review reads; each changed JSON file is
  // read to see whether it is an API description. Set low here so the test stays quick; 10,000 by
  // default. limits.files bounds one spec's files only: 21 candidates pass a limit of 20.
  const fixtures = Object.fromEntries(Array.from({ length: 21 }, (_, index) => [`test/fixtures/case-${index}.json`, `{"case": ${index}}`]));

  it.each([
    { name: 'more files read than limits.files_per_review', config: 'limits:\n  files_per_review: 20\n', reason: 'limits.files_per_review' },
    { name: 'a review longer than limits.seconds_per_review', config: 'limits:\n  seconds_per_review: 0.001\n', reason: 'limits.seconds_per_review' },
  ])('$name fails the check, naming the limit', async ({ config, reason }) => {
    const fake = nockedFakeGitHub({
      baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') },
      headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml'), ...fixtures },
      config,
    });
    await probot.receive(pullRequestEvent(fake, 'opened'));
    const done = completed(fake);
    expect(done.conclusion).toBe('failure');
    expect(done.output.summary).toContain(reason);
  });
});

describe('a repository of many specs', () => {
  it('is reviewed when the files read are many more than one spec may reach (limits.files is per spec)', async () => {
    const fixtures = Object.fromEntries(Array.from({ length: 21 }, (_, index) => [`test/fixtures/case-${index}.json`, `{"case": ${index}}`]));
    const fake = nockedFakeGitHub({
      baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') },
      headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml'), ...fixtures },
      config: 'limits:\n  files: 20\n',
    });
    await probot.receive(pullRequestEvent(fake, 'opened'));
    const done = completed(fake);
    expect(done.output.summary).not.toContain('limits.files');
    expect(done.conclusion).toBe('failure');
    expect(done.output.title).toMatch(/breaking/i);
  });
});

describe('causes outside the pull request', () => {
  it('a GitHub outage while publishing the comment leaves the verdict already recorded in place', async () => {
    const fake = nockedFakeGitHub({
      baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') },
      headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml') },
      failOn: /\/issues\/7\/labels$/,
    });
    await probot.receive(pullRequestEvent(fake, 'opened'));
    expect(completed(fake).conclusion).toBe('failure');
    expect(fake.find('PATCH', /\/check-runs\/\d+$/).filter((request) => request.body?.status === 'completed')).toHaveLength(1);
  });
});

describe('a $ref target judged by reachability, not by its extension', () => {
  it('a breaking change in `schemas/pet.schema`, reached from an unchanged root, fails the check', async () => {
    const root = webhookSpec('split-openapi.yaml').replaceAll('./schemas/pet.yaml', './schemas/pet.schema');
    const fake = nockedFakeGitHub({
      baseFiles: { 'api/openapi.yaml': root, 'api/schemas/pet.schema': webhookSpec('schemas-pet-v1.yaml') },
      headFiles: { 'api/openapi.yaml': root, 'api/schemas/pet.schema': webhookSpec('schemas-pet-v2.yaml') },
    });
    await probot.receive(pullRequestEvent(fake, 'opened'));
    const done = completed(fake);
    expect(done.conclusion).toBe('failure');
    expect(done.output.title).not.toBe('No API description changed');
  });
});

describe('more changed files than GitHub lists', () => {
  // 3,000 files that sort before the spec: GitHub's file lists stop at them.
  const padding = Object.fromEntries(Array.from({ length: 3_000 }, (_, index) => [`aa-padding/file-${String(index).padStart(4, '0')}.txt`, `padding ${index}\n`]));
  const spec = { base: { 'zz-api/openapi.yaml': webhookSpec('pets-v1.yaml') }, head: { 'zz-api/openapi.yaml': webhookSpec('pets-v2-breaking.yaml'), ...padding } };

  it('finds the breaking spec past the 3,000th file from the base and head trees', async () => {
    const fake = nockedFakeGitHub({ baseFiles: spec.base, headFiles: spec.head });
    await probot.receive(pullRequestEvent(fake, 'opened'));
    const done = completed(fake);
    expect(done.conclusion).toBe('failure');
    expect(done.output.title).toMatch(/breaking/);
  }, 60_000);

  it('fails closed, saying why, when GitHub cannot list the trees whole either', async () => {
    const fake = nockedFakeGitHub({ baseFiles: spec.base, headFiles: spec.head, truncatedTrees: true });
    await probot.receive(pullRequestEvent(fake, 'opened'));
    const done = completed(fake);
    expect(done.conclusion).toBe('failure');
    expect(done.output.summary).toMatch(/3,000 files/);
  }, 60_000);
});
