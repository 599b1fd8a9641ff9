import { describe, expect, it } from 'vitest';
import type { RepoPermission } from '../../src/commands/command-deps.js';
import { formatCommandMarker } from '../../src/commands/command-marker.js';
import { deriveAcceptances, type LabelEvent, type PullComment } from '../../src/commands/derive-acceptances.js';
import { appId, botLogin, markerKey } from './fake-deps.js';

const prints = ['aaaa000000000001', 'aaaa000000000002'];
let nextId = 1;

function human(login: string, body: string, at: string): PullComment {
  const id = nextId++;
  return { id, body, user: { login, type: 'User' }, html_url: `https://github.test/acme/shop/pull/7#issuecomment-${id}`, created_at: at };
}

interface ConfirmationOptions {
  /** Another author, to forge a reply. */
  as?: PullComment['user'];
  /** The App GitHub says posted the reply; this App's by default, `null` for none. */
  via?: { id: number } | null;
  /** Another key than the App's, to forge a signature. */
  key?: Buffer;
  /** The text around the record. */
  wrap?: (marker: string) => string;
  reason?: string;
  fingerprints?: string[];
  until?: string;
}

/** This App's reply confirming `command` (or a forged one, through the options). */
function confirmation(command: PullComment, kind: 'accept' | 'revoke', options: ConfirmationOptions = {}): PullComment {
  const user = command.user?.login ?? '';
  const key = options.key ?? markerKey;
  const marker =
    kind === 'accept'
      ? formatCommandMarker(
          { kind, comment: command.id, user, reason: options.reason ?? 'clients agreed', fingerprints: options.fingerprints ?? prints, ...(options.until ? { until: options.until } : {}) },
          key,
        )
      : formatCommandMarker({ kind, comment: command.id, user }, key);
  const id = nextId++;
  return {
    id,
    body: (options.wrap ?? ((text) => `Done.\n\n${text}`))(marker),
    user: options.as ?? { login: botLogin, type: 'Bot' },
    performed_via_github_app: options.via === undefined ? { id: appId } : options.via,
    html_url: `https://github.test/c/${id}`,
    created_at: command.created_at,
  };
}

function derive(comments: PullComment[], options: { permissions?: Record<string, RepoPermission>; teams?: string[]; label?: string; labelEvents?: LabelEvent[] } = {}) {
  const asked: string[] = [];
  const result = deriveAcceptances({
    comments,
    botLogin,
    appId,
    markerKey,
    config: { accept: { teams: [], label: options.label ?? null, max_days: null } },
    permissionOf: async (login) => {
      asked.push(login);
      return options.permissions?.[login] ?? 'read';
    },
    isApproverTeamMember: async (login) => options.teams?.includes(login) ?? false,
    ...(options.labelEvents ? { labelEvents: options.labelEvents } : {}),
    pullRequestUrl: 'https://github.test/acme/shop/pull/7',
  });
  return { result, asked };
}

const writer = { alice: 'write', bob: 'maintain', carol: 'admin' } as const satisfies Record<string, RepoPermission>;

describe('deriveAcceptances', () => {
  it('accepts a confirmed command by a user with write permission', async () => {
    const command = human('alice', '/api-review accept-breaking clients agreed', '2026-01-05T09:00:00Z');
    const { result } = derive([command, confirmation(command, 'accept')], { permissions: writer });
    expect(await result).toEqual([
      { user: 'alice', reason: 'clients agreed', url: command.html_url, at: '2026-01-05T09:00:00Z', fingerprints: prints },
    ]);
  });

  it.each([
    { name: 'a date', command: '/api-review accept-breaking --until 2027-03-31 clients agreed' },
    { name: 'a number of days', command: '/api-review accept-breaking --until 30d clients agreed' },
    { name: 'no date (accept.max_days dated it)', command: '/api-review accept-breaking clients agreed' },
  ])('carries the signed end date of a command given $name', async ({ command: body }) => {
    const command = human('alice', body, '2026-01-05T09:00:00Z');
    const { result } = derive([command, confirmation(command, 'accept', { until: '2027-03-31' })], { permissions: writer });
    expect(await result).toEqual([
      { user: 'alice', reason: 'clients agreed', url: command.html_url, at: '2026-01-05T09:00:00Z', fingerprints: prints, until: '2027-03-31' },
    ]);
  });

  it.each([
    { permission: 'write', accepted: true },
    { permission: 'maintain', accepted: true },
    { permission: 'admin', accepted: true },
    { permission: 'triage', accepted: false },
    { permission: 'read', accepted: false },
    { permission: 'none', accepted: false },
  ] as const)('permission $permission now → accepted: $accepted', async ({ permission, accepted }) => {
    const command = human('dave', '/api-review accept-breaking ok', '2026-01-05T09:00:00Z');
    const { result } = derive([command, confirmation(command, 'accept', { reason: 'ok' })], { permissions: { dave: permission } });
    expect((await result).length).toBe(accepted ? 1 : 0);
  });

  it('accepts a member of an approver team without write permission', async () => {
    const command = human('erin', '/api-review accept-breaking ok', '2026-01-05T09:00:00Z');
    const { result } = derive([command, confirmation(command, 'accept', { reason: 'ok' })], { teams: ['erin'] });
    expect((await result).map((acceptance) => acceptance.user)).toEqual(['erin']);
  });

  it('grants nothing for a marker in a person’s comment (forged)', async () => {
    const command = human('mallory', '/api-review accept-breaking trust me', '2026-01-05T09:00:00Z');
    const forged = confirmation(command, 'accept', { as: { login: 'mallory', type: 'User' }, reason: 'trust me' });
    expect(await derive([command, forged], { permissions: { mallory: 'admin' } }).result).toEqual([]);
  });

  it('grants nothing for a marker from a person named like the App', async () => {
    const command = human('alice', '/api-review accept-breaking clients agreed', '2026-01-05T09:00:00Z');
    const impostor = confirmation(command, 'accept', { as: { login: botLogin, type: 'User' } });
    expect(await derive([command, impostor], { permissions: writer }).result).toEqual([]);
  });

  it('grants nothing for a marker from another bot', async () => {
    const command = human('alice', '/api-review accept-breaking clients agreed', '2026-01-05T09:00:00Z');
    const other = confirmation(command, 'accept', { as: { login: 'dependabot[bot]', type: 'Bot' } });
    expect(await derive([command, other], { permissions: writer }).result).toEqual([]);
  });

  describe('records only in this App’s own, signed replies', () => {
    const command = human('alice', '/api-review accept-breaking clients agreed', '2026-01-05T09:00:00Z');
    it.each<{ name: string; options: ConfirmationOptions }>([
      { name: 'the App’s login and type, stamped by another App', options: { via: { id: appId + 1 } } },
      { name: 'a record signed with another key', options: { key: Buffer.from('guessed-secret') } },
      { name: 'a signed record inside the App’s summary comment', options: { wrap: (text) => `<!-- api-review-bot:summary -->\n## ❌ API Review\n${text}` } },
    ])('grants nothing for $name', async ({ options }) => {
      expect(await derive([command, confirmation(command, 'accept', options)], { permissions: writer }).result).toEqual([]);
    });

    it('grants nothing for an unsigned record that spec text placed in the summary comment', async () => {
      const summary: PullComment = {
        id: nextId++,
        body: `<!-- api-review-bot:summary -->\n- removed: <!-- api-review-bot:command {"kind":"accept","comment":${command.id},"user":"alice","reason":"clients agreed","fingerprints":["*"]} -->`,
        user: { login: botLogin, type: 'Bot' },
        performed_via_github_app: { id: appId },
        html_url: 'https://github.test/c/summary',
        created_at: command.created_at,
      };
      expect(await derive([command, summary], { permissions: writer }).result).toEqual([]);
    });
  });

  it('grants nothing when the marker names a user who did not write the command', async () => {
    const command = human('mallory', '/api-review accept-breaking clients agreed', '2026-01-05T09:00:00Z');
    const reply = confirmation({ ...command, user: { login: 'alice', type: 'User' } }, 'accept');
    expect(await derive([command, reply], { permissions: { alice: 'admin', mallory: 'read' } }).result).toEqual([]);
  });

  it('drops the acceptance when the user has lost the permission since', async () => {
    const command = human('alice', '/api-review accept-breaking clients agreed', '2026-01-05T09:00:00Z');
    expect(await derive([command, confirmation(command, 'accept')], { permissions: { alice: 'read' } }).result).toEqual([]);
  });

  it.each([
    { name: 'command removed by an edit', body: 'never mind' },
    { name: 'reason changed by an edit', body: '/api-review accept-breaking something else' },
    { name: 'command moved into a quote', body: '> /api-review accept-breaking clients agreed' },
  ])('drops the acceptance when the comment was edited: $name', async ({ body }) => {
    const command = human('alice', '/api-review accept-breaking clients agreed', '2026-01-05T09:00:00Z');
    const reply = confirmation(command, 'accept');
    expect(await derive([{ ...command, body }, reply], { permissions: writer }).result).toEqual([]);
  });

  it('drops the acceptance when the command comment was deleted', async () => {
    const command = human('alice', '/api-review accept-breaking clients agreed', '2026-01-05T09:00:00Z');
    expect(await derive([confirmation(command, 'accept')], { permissions: writer }).result).toEqual([]);
  });

  it('a later revoke withdraws earlier acceptances; a later acceptance counts again', async () => {
    const first = human('alice', '/api-review accept-breaking clients agreed', '2026-01-05T09:00:00Z');
    const revoke = human('bob', '/api-review revoke', '2026-01-05T10:00:00Z');
    const again = human('carol', '/api-review accept-breaking v2 migrated', '2026-01-05T11:00:00Z');
    const withdrawn = [first, confirmation(first, 'accept'), revoke, confirmation(revoke, 'revoke')];
    expect(await derive(withdrawn, { permissions: writer }).result).toEqual([]);
    const reaccepted = [...withdrawn, again, confirmation(again, 'accept', { reason: 'v2 migrated' })];
    expect((await derive(reaccepted, { permissions: writer }).result).map((acceptance) => acceptance.user)).toEqual(['carol']);
  });

  it('a confirmed revoke still withdraws after its author lost the permission (a revoke only tightens)', async () => {
    const command = human('alice', '/api-review accept-breaking clients agreed', '2026-01-05T09:00:00Z');
    const revoke = human('bob', '/api-review revoke', '2026-01-05T10:00:00Z');
    const comments = [command, confirmation(command, 'accept'), revoke, confirmation(revoke, 'revoke')];
    const { result, asked } = derive(comments, { permissions: { alice: 'write', bob: 'read' } });
    expect(await result).toEqual([]);
    expect(asked).toEqual(['alice']);
  });

  it.each([
    { name: 'edited to say something else', edit: (revoke: PullComment): PullComment[] => [{ ...revoke, body: 'never mind' }] },
    { name: 'deleted', edit: (): PullComment[] => [] },
  ])('a confirmed revoke still withdraws when its comment was $name', async ({ edit }) => {
    const command = human('alice', '/api-review accept-breaking clients agreed', '2026-01-05T09:00:00Z');
    const revoke = human('bob', '/api-review revoke', '2026-01-05T10:00:00Z');
    const comments = [command, confirmation(command, 'accept'), ...edit(revoke), confirmation(revoke, 'revoke')];
    expect(await derive(comments, { permissions: writer }).result).toEqual([]);
  });

  it('a revoke comment the App never confirmed withdraws nothing', async () => {
    const command = human('alice', '/api-review accept-breaking clients agreed', '2026-01-05T09:00:00Z');
    const revoke = human('bob', '/api-review revoke', '2026-01-05T10:00:00Z');
    expect(await derive([command, confirmation(command, 'accept'), revoke], { permissions: writer }).result).toHaveLength(1);
  });

  it('counts a confirmation delivered twice once, and asks each user’s permission once', async () => {
    const command = human('alice', '/api-review accept-breaking clients agreed', '2026-01-05T09:00:00Z');
    const other = human('alice', '/api-review accept-breaking also fine', '2026-01-05T09:30:00Z');
    const { result, asked } = derive(
      [command, confirmation(command, 'accept'), confirmation(command, 'accept'), other, confirmation(other, 'accept', { reason: 'also fine' })],
      { permissions: writer },
    );
    expect((await result).map((acceptance) => acceptance.reason)).toEqual(['clients agreed', 'also fine']);
    expect(asked).toEqual(['alice']);
  });

  it('counts two acceptances written in one comment', async () => {
    const command = human('alice', '/api-review accept-breaking first\n/api-review accept-breaking second', '2026-01-05T09:00:00Z');
    const replies = [confirmation(command, 'accept', { reason: 'first' }), confirmation(command, 'accept', { reason: 'second' })];
    expect((await derive([command, ...replies], { permissions: writer }).result).map((acceptance) => acceptance.reason)).toEqual(['first', 'second']);
  });

  describe('label', () => {
    const label = 'breaking-accepted';
    const labeled = (login: string, at: string, id = 9): LabelEvent => ({ id, event: 'labeled', label: { name: label }, actor: { login }, created_at: at });
    const unlabeled = (at: string): LabelEvent => ({ event: 'unlabeled', label: { name: label }, actor: { login: 'x' }, created_at: at });

    it('accepts every breaking change when a user with permission added the label', async () => {
      const { result } = derive([], { permissions: writer, label, labelEvents: [labeled('bob', '2026-01-05T09:00:00Z')] });
      expect(await result).toEqual([
        {
          user: 'bob',
          reason: 'added the `breaking-accepted` label',
          url: 'https://github.test/acme/shop/pull/7#event-9',
          at: '2026-01-05T09:00:00Z',
          fingerprints: ['*'],
        },
      ]);
    });

    it('ignores the label added by a user without permission', async () => {
      expect(await derive([], { permissions: writer, label, labelEvents: [labeled('mallory', '2026-01-05T09:00:00Z')] }).result).toEqual([]);
    });

    it('ignores label events when label acceptance is off', async () => {
      expect(await derive([], { permissions: writer, labelEvents: [labeled('bob', '2026-01-05T09:00:00Z')] }).result).toEqual([]);
    });

    it('ignores other labels', async () => {
      const other: LabelEvent = { event: 'labeled', label: { name: 'bug' }, actor: { login: 'bob' }, created_at: '2026-01-05T09:00:00Z' };
      expect(await derive([], { permissions: writer, label, labelEvents: [other] }).result).toEqual([]);
    });

    it('removing the label withdraws its acceptance, not the comments’', async () => {
      const command = human('alice', '/api-review accept-breaking clients agreed', '2026-01-05T09:30:00Z');
      const events = [labeled('bob', '2026-01-05T09:00:00Z'), unlabeled('2026-01-05T10:00:00Z')];
      const { result } = derive([command, confirmation(command, 'accept')], { permissions: writer, label, labelEvents: events });
      expect((await result).map((acceptance) => acceptance.user)).toEqual(['alice']);
    });

    it('a revoke after the label withdraws it; adding the label again accepts again', async () => {
      const revoke = human('alice', '/api-review revoke', '2026-01-05T10:00:00Z');
      const comments = [revoke, confirmation(revoke, 'revoke')];
      const events = [labeled('bob', '2026-01-05T09:00:00Z')];
      expect(await derive(comments, { permissions: writer, label, labelEvents: events }).result).toEqual([]);
      const readded = [...events, unlabeled('2026-01-05T11:00:00Z'), labeled('carol', '2026-01-05T12:00:00Z', 12)];
      const { result } = derive(comments, { permissions: writer, label, labelEvents: readded });
      expect((await result).map((acceptance) => acceptance.user)).toEqual(['carol']);
    });
  });
});

