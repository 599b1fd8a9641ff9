import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config-schema.js';
import { parseCommandMarker } from '../../src/commands/command-marker.js';
import { deriveAcceptances } from '../../src/commands/derive-acceptances.js';
import { handleCommentEvent, maxCommandsPerComment } from '../../src/commands/handle-comment.js';
import { assessReview } from '../../src/review/assess-review.js';
import type { Review } from '../../src/review/review.js';
import { breakingChange, specAnalysis } from '../review/analysis-fixtures.js';
import { appId, botLogin, checkData, fakeDeps, markerKey, type FakeOptions } from './fake-deps.js';

describe('handleCommentEvent', () => {
  it.each([
    { name: 'an edited comment', options: { action: 'edited' } },
    { name: 'a deleted comment', options: { action: 'deleted' } },
    { name: 'a comment on an issue', options: { isPullRequest: false } },
    { name: 'a bot', options: { login: 'renovate[bot]', userType: 'Bot' } },
    { name: 'this App', options: { login: botLogin, userType: 'Bot' } },
    { name: 'a comment without a command', options: { body: 'LGTM, but see `/api-review help`' } },
    { name: 'a command in a quote', options: { body: '> /api-review run' } },
  ])('ignores $name entirely', async ({ options }) => {
    const deps = fakeDeps({ body: '/api-review run', ...options });
    await handleCommentEvent(deps);
    expect(deps.log).toEqual([]);
  });

  it('answers help with eyes, then the reply', async () => {
    const deps = fakeDeps({ body: '/api-review help' });
    await handleCommentEvent(deps);
    expect(deps.log).toEqual(['react:eyes', 'reply']);
    expect(deps.replies[0]).toContain('| `/api-review accept-breaking [--until YYYY-MM-DD\\|Nd] ‹reason›` |');
  });

  it('treats the bare prefix as help', async () => {
    const deps = fakeDeps({ body: '/api-review' });
    await handleCommentEvent(deps);
    expect(deps.replies[0]).toContain('#### API Review commands');
  });

  it('answers run with eyes, the re-run, then a thumbs-up', async () => {
    const deps = fakeDeps({ body: '/API-REVIEW   Run' });
    await handleCommentEvent(deps);
    expect(deps.log).toEqual(['react:eyes', 'rerun', 'react:+1']);
  });

  it('answers an unknown command with the help text and a confused face', async () => {
    const deps = fakeDeps({ body: '/api-review deploy now' });
    await handleCommentEvent(deps);
    expect(deps.log).toEqual(['react:eyes', 'reply', 'react:confused']);
    expect(deps.replies[0]).toMatch(/^🤔 `\/api-review deploy` is not an API Review command/);
    expect(deps.replies[0]).toContain('`/api-review help`');
  });

  it('explains a breaking-change check', async () => {
    const deps = fakeDeps({ body: '/api-review explain `api-path-removed-without-deprecation`' });
    await handleCommentEvent(deps);
    expect(deps.replies[0]).toContain('### `api-path-removed-without-deprecation`');
  });

  it('says so for an unknown rule id and points at help', async () => {
    const deps = fakeDeps({ body: '/api-review explain no-such-rule' });
    await handleCommentEvent(deps);
    expect(deps.log).toEqual(['react:eyes', 'reply', 'react:confused']);
    expect(deps.replies[0]).toContain('No breaking-change check or lint rule has the id `no-such-rule`. `/api-review help` lists the commands');
  });

  it('refuses accept-breaking from a read-only user, saying why, without a record or a re-run', async () => {
    const deps = fakeDeps({ body: '/api-review accept-breaking trust me', login: 'mallory', checkData: checkData() });
    await handleCommentEvent(deps);
    expect(deps.log).toEqual(['react:eyes', 'reply', 'react:-1']);
    expect(deps.replies[0]).toContain('🚫 @mallory, `accept-breaking` needs write, maintain or admin permission on this repository. Your permission here: read.');
    expect(parseCommandMarker(deps.replies[0], markerKey)).toBeUndefined();
  });

  it('refuses revoke from a triage user too', async () => {
    const deps = fakeDeps({ body: '/api-review revoke', login: 'tim', permissions: { tim: 'triage' } });
    await handleCommentEvent(deps);
    expect(deps.log).toEqual(['react:eyes', 'reply', 'react:-1']);
    expect(deps.replies[0]).toContain('Your permission here: triage.');
  });

  it('refuses accept-breaking without a reason', async () => {
    const deps = fakeDeps({ body: '/api-review accept-breaking', permissions: { alice: 'write' }, checkData: checkData() });
    await handleCommentEvent(deps);
    expect(deps.log).toEqual(['react:eyes', 'reply', 'react:-1']);
    expect(deps.replies[0]).toContain('`accept-breaking` needs a reason');
  });

  it.each([
    { name: 'write permission', options: { permissions: { alice: 'write' as const } } },
    { name: 'an approver team', options: { teamMembers: ['alice'] } },
  ])('accepts from $name: the confirmation first, then the re-run', async ({ options }) => {
    const deps = fakeDeps({ body: '/api-review accept-breaking clients agreed', checkData: checkData(), ...options });
    await handleCommentEvent(deps);
    expect(deps.log).toEqual(['react:eyes', 'reply', 'rerun']);
    expect(parseCommandMarker(deps.replies[0], markerKey)).toMatchObject({ kind: 'accept', comment: 101, user: 'alice', reason: 'clients agreed' });
  });

  it('runs each kind of command once per comment, saying the repeats were ignored', async () => {
    const body = Array.from({ length: 7 }, () => '/api-review run').join('\n');
    const deps = fakeDeps({ body });
    await handleCommentEvent(deps);
    expect(deps.log.filter((entry) => entry === 'rerun')).toHaveLength(1);
    expect(deps.replies).toEqual(['✋ Each command runs once per comment; the repeated `/api-review run` was ignored.\n']);
  });

  it('runs different commands in order, at most a few per comment, saying so', async () => {
    const body = ['help', 'run', 'explain api-path-removed-without-deprecation', 'plan', 'revoke', 'deploy', 'accept-breaking ok'].map((line) => `/api-review ${line}`).join('\n');
    const deps = fakeDeps({ body, permissions: { alice: 'write' } });
    await handleCommentEvent(deps);
    // run, plan and revoke re-run the review; accept-breaking, past the limit, does not run.
    expect(deps.log.filter((entry) => entry === 'rerun')).toHaveLength(3);
    expect(deps.replies.some((reply) => parseCommandMarker(reply, markerKey)?.kind === 'accept')).toBe(false);
    expect(deps.replies.at(-1)).toContain(`Only the first ${maxCommandsPerComment} commands of a comment run`);
  });

  it.each([
    { name: 'the author', options: { login: 'Alice', pullAuthor: 'alice' }, reruns: 1 },
    { name: 'a writer who is not the author', options: { login: 'wendy', pullAuthor: 'alice', permissions: { wendy: 'write' as const } }, reruns: 1 },
    { name: 'an approver team member', options: { login: 'tom', pullAuthor: 'alice', teamMembers: ['tom'] }, reruns: 1 },
    { name: 'a reader who is not the author', options: { login: 'mallory', pullAuthor: 'alice' }, reruns: 0 },
    { name: 'a triage user who is not the author', options: { login: 'tim', pullAuthor: 'alice', permissions: { tim: 'triage' as const } }, reruns: 0 },
  ] as { name: string; options: FakeOptions; reruns: number }[])('$name may ask for run and plan: $reruns review(s) each', async ({ options, reruns }) => {
    for (const command of ['run', 'plan']) {
      const deps = fakeDeps({ body: `/api-review ${command}`, ...options });
      await handleCommentEvent(deps);
      expect(deps.log.filter((entry) => entry === 'rerun')).toHaveLength(reruns);
      if (reruns === 0) {
        expect(deps.log).toEqual(['react:eyes', 'reply', 'react:-1']);
        expect(deps.replies[0]).toContain(`\`${command}\` needs to come from the pull request's author, or write, maintain or admin permission on this repository.`);
      }
    }
  });

  it('reacts confused and rethrows when publishing fails', async () => {
    const deps = fakeDeps({ body: '/api-review run' });
    deps.requestReview = async () => {
      throw new Error('GitHub is down');
    };
    await expect(handleCommentEvent(deps)).rejects.toThrow('GitHub is down');
    expect(deps.reactions).toEqual(['eyes', 'confused']);
  });
});

describe('accept-breaking, then the review that the re-run makes', () => {
  const changes = [breakingChange('GET /orders', ['paths', '/orders', 'get'])];
  const now = new Date('2026-01-05T10:00:00Z');

  /** What the App does on every review: derive acceptances from the thread, then assess. */
  async function reviewThread(thread: { id: number; body: string; login: string; type: string }[], allChanges = changes, permission: 'write' | 'read' = 'write'): Promise<Review> {
    const acceptances = await deriveAcceptances({
      comments: thread.map((comment) => ({
        id: comment.id,
        body: comment.body,
        user: { login: comment.login, type: comment.type },
        performed_via_github_app: comment.type === 'Bot' ? { id: appId } : null,
        html_url: `https://github.test/acme/shop/pull/7#issuecomment-${comment.id}`,
        created_at: '2026-01-05T09:00:00Z',
      })),
      botLogin,
      appId,
      markerKey,
      config: defaultConfig,
      permissionOf: async () => permission,
      isApproverTeamMember: async () => false,
    });
    return assessReview({ specs: [specAnalysis(allChanges)], config: defaultConfig, acceptances, now });
  }

  it('passes with the user and reason, fails again on a new breaking change, and when permission is gone', async () => {
    const before = await reviewThread([]);
    expect(before.verdict).toBe('fail');
    const body = '/api-review accept-breaking clients agreed';
    const deps = fakeDeps({ body, permissions: { alice: 'write' }, checkData: checkData({ breakingChanges: 1, unacceptedFingerprints: before.unacceptedFingerprints }) });
    await handleCommentEvent(deps);
    const thread = [
      { id: 101, body, login: 'alice', type: 'User' },
      { id: 102, body: deps.replies[0] ?? '', login: botLogin, type: 'Bot' },
    ];

    const after = await reviewThread(thread);
    expect(after.verdict).toBe('pass');
    expect(after.acceptances).toEqual([expect.objectContaining({ user: 'alice', reason: 'clients agreed' })]);

    const pushed = await reviewThread(thread, [...changes, breakingChange('GET /users', ['paths', '/users', 'get'])]);
    expect(pushed.verdict).toBe('fail');
    expect(pushed.unacceptedFingerprints).toHaveLength(1);

    expect((await reviewThread(thread, changes, 'read')).verdict).toBe('fail');
  });
});
