// Slash commands cannot make the App work without end: `run` from someone who is neither the
// author nor a writer is refused without a review, and a user flooding commands gets one short
// refusal, then silence, with at most the rate's worth of answers.
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { commandsPerMinute } from '../../src/commands/command-rate.js';
import { nockedFakeGitHub } from './github-nock.js';
import { loadedProbot } from './probot-harness.js';
import { issueCommentEvent } from './webhook-payloads.js';
import { webhookSpec } from './webhook-specs.js';

// Each test's fake answers only its own requests.
afterEach(() => {
  nock.cleanAll();
});

const files = { baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml') }, headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml') } };

describe('slash commands from strangers and floods', () => {
  it('refuses run from a reader who did not open the pull request, without a review', async () => {
    const fake = nockedFakeGitHub({ ...files, author: 'alice', permissions: { mallory: 'read' } });
    const probot = await loadedProbot();
    await probot.receive(issueCommentEvent(fake, '/api-review run\n/api-review run\n/api-review plan', 'mallory'));
    expect(fake.find('POST', /\/check-runs$/)).toHaveLength(0);
    expect(fake.comments.map((comment) => comment.body).join('\n')).toContain("`run` needs to come from the pull request's author");
  });

  it('answers a flood of commands with one refusal and no more answers than the rate', async () => {
    const fake = nockedFakeGitHub({ ...files, author: 'flooder' });
    const probot = await loadedProbot();
    for (let index = 0; index < commandsPerMinute + 4; index += 1) {
      await probot.receive(issueCommentEvent(fake, '/api-review help', 'flooder', 6000 + index));
    }
    const replies = fake.comments.map((comment) => comment.body);
    expect(replies.filter((body) => body.includes('#### API Review commands'))).toHaveLength(commandsPerMinute);
    expect(replies.filter((body) => body.includes(`more than ${commandsPerMinute} commands in a minute`))).toHaveLength(1);
    expect(replies).toHaveLength(commandsPerMinute + 1);
  });
});
