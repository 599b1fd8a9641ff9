// The hostile corpus in one pull request, through the App against the fake GitHub: the check run
// completes (never left in_progress) as a failure naming each refused file and its limit or
// problem, the well-formed spec beside them is still reviewed, and the canary hears nothing.
import { readFileSync } from 'node:fs';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nockedFakeGitHub } from '../github/github-nock.js';
import { loadedProbot } from '../github/probot-harness.js';
import { pullRequestEvent } from '../github/webhook-payloads.js';
import { webhookSpec } from '../github/webhook-specs.js';
import { startCanary, type Canary } from './canary-server.js';

const hostile = (name: string, port: number): string => readFileSync(new URL(`../fixtures/hostile/${name}`, import.meta.url), 'utf8').replaceAll('CANARY', String(port));
const levels = 100_000;

let canary: Canary;
beforeAll(async () => {
  canary = await startCanary();
});
afterAll(async () => {
  nock.cleanAll();
  await canary.close();
});

describe('a pull request full of hostile specs', () => {
  it('completes the check naming every refused file, and still reviews the good spec', async () => {
    const port = canary.port;
    const refused: Record<string, RegExp> = {
      'api/openapi-laughs.yaml': /limits\.yaml_aliases/,
      'api/openapi-deep.json': /limits\.depth/,
      'api/openapi-deep-flow.yaml': /limits\.depth/,
      'api/openapi-self-ref.yaml': /\$ref cycle/,
      'api/openapi-remote.yaml': /remote \$ref/,
      'api/openapi-escape.yaml': /leaves the repository/,
      'api/openapi-duplicate.json': /duplicate key/,
      'api/openapi-many-ops.yaml': /limits\.operations/,
    };
    const fake = nockedFakeGitHub({
      // The default accepts the largest public APIs; the operation limit is tested at a lower setting.
      config: 'limits:\n  operations: 10000\n',
      baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') },
      headFiles: {
        'openapi.yaml': webhookSpec('pets-v2-breaking.yaml'),
        'api/openapi-laughs.yaml': hostile('billion-laughs.yaml', port),
        'api/openapi-deep.json': `{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{},"x":${'['.repeat(levels)}${']'.repeat(levels)}}`,
        'api/openapi-deep-flow.yaml': `openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx: ${'{a: '.repeat(levels)}1${'}'.repeat(levels)}\n`,
        'api/openapi-self-ref.yaml': hostile('ref-self.yaml', port),
        'api/openapi-remote.yaml': hostile('remote-http.yaml', port),
        'api/openapi-escape.yaml': hostile('escape-dotdot.yaml', port),
        'api/openapi-proto.json': hostile('proto-key.json', port),
        'api/openapi-duplicate.json': hostile('duplicate-keys.json', port),
        'api/openapi-many-ops.yaml': `openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n${Array.from({ length: 10_001 }, (_, index) => `  /p${index}:\n    get:\n      responses:\n        '200':\n          description: ok\n`).join('')}`,
      },
    });
    const probot = await loadedProbot();
    await probot.receive(pullRequestEvent(fake, 'opened'));

    const completed = fake.find('PATCH', /\/check-runs\/\d+$/).filter((request) => request.body?.status === 'completed');
    expect(completed).toHaveLength(1);
    const body = completed[0]?.body ?? {};
    expect(body.conclusion).toBe('failure');
    // What a reader sees: the comment's Markdown escapes (`yaml\_aliases`) render as the plain character.
    const comment = fake.comments.map((entry) => entry.body).join('\n').replace(/\\([!-/:-@[-`{-~])/g, '$1');
    for (const [file, problem] of Object.entries(refused)) {
      const mentions = comment.split('\n').filter((line) => line.includes(file));
      expect(mentions.join('\n'), `${file} is named with its problem`).toMatch(problem);
    }
    // The good spec beside them was reviewed all the same.
    expect(comment).toContain('request-parameter-became-required');
    expect(canary.requests).toEqual([]);
  });
});
