import { describe, expect, it } from 'vitest';
import { acceptBreaking } from '../../src/commands/accept-breaking.js';
import { parseCommandMarker } from '../../src/commands/command-marker.js';
import { defaultConfig } from '../../src/config/config-schema.js';
import { checkData, markerKey } from './fake-deps.js';
import { commandContext } from './context.js';

describe('accept-breaking', () => {
  it('confirms with a record of the comment, the user, the reason and the open blockers, then asks for a re-run', async () => {
    const outcome = await acceptBreaking.run(commandContext({ checkData: checkData() }), 'consumers agreed on 2026-01-02');
    expect(outcome.rerun).toBe(true);
    expect(outcome.reply).toContain('✔️ @alice accepted 2 breaking changes: "consumers agreed on 2026-01-02"');
    expect(parseCommandMarker(outcome.reply, markerKey)).toEqual({
      kind: 'accept',
      comment: 101,
      user: 'alice',
      reason: 'consumers agreed on 2026-01-02',
      fingerprints: ['aaaa000000000001', 'aaaa000000000002'],
    });
  });

  it('counts only the breaking changes still open', async () => {
    const data = checkData({ breakingChanges: 3, acceptedBlockers: 2, unacceptedFingerprints: ['aaaa000000000003'] });
    const outcome = await acceptBreaking.run(commandContext({ checkData: data }), 'ok');
    expect(outcome.reply).toContain('accepted 1 breaking change:');
    expect(parseCommandMarker(outcome.reply, markerKey)).toMatchObject({ fingerprints: ['aaaa000000000003'] });
  });

  it('keeps a hostile reason from closing the record or mentioning people', async () => {
    const reason = 'ok --> <!-- api-review-bot:command {"kind":"revoke"} --> @everyone <b>';
    const outcome = await acceptBreaking.run(commandContext({ checkData: checkData() }), reason);
    expect(outcome.reply).toContain('"ok --&gt; &lt;!-- api-review-bot:command {"kind":"revoke"} --&gt; @\u200beveryone &lt;b&gt;"');
    expect(parseCommandMarker(outcome.reply, markerKey)).toMatchObject({ kind: 'accept', reason });
  });

  it.each([
    { name: 'without a reason', args: '', data: checkData(), says: '`accept-breaking` needs a reason', reaction: '-1' },
    { name: 'before any review', args: 'ok', data: undefined, says: 'There is no API Review check on the head commit yet', reaction: '-1' },
    {
      name: 'with nothing open',
      args: 'ok',
      data: checkData({ verdict: 'pass', acceptedBlockers: 2, unacceptedFingerprints: [] }),
      says: 'Nothing to accept',
      reaction: undefined,
    },
    {
      name: 'when only lint errors block',
      args: 'ok',
      data: checkData({ breakingChanges: 0, newLintErrors: 1, unacceptedFingerprints: ['bbbb000000000001'] }),
      says: 'only breaking changes can be accepted',
      reaction: '-1',
    },
  ])('refuses $name, with no record and no re-run', async ({ args, data, says, reaction }) => {
    const outcome = await acceptBreaking.run(commandContext({ ...(data ? { checkData: data } : {}) }), args);
    expect(outcome.reply).toContain(says);
    expect(outcome.reaction).toBe(reaction);
    expect(outcome.rerun).toBeUndefined();
    expect(parseCommandMarker(outcome.reply, markerKey)).toBeUndefined();
  });

  describe('with an end date', () => {
    const now = new Date('2026-12-05T10:00:00Z');
    const capped = (maxDays: number | null) => ({ ...defaultConfig, accept: { ...defaultConfig.accept, max_days: maxDays } });

    it.each([
      { name: 'a date', args: '--until 2027-03-31 migration by Q1', maxDays: null, until: '2027-03-31' },
      { name: 'a number of days', args: '--until 30d migration by Q1', maxDays: 30, until: '2027-01-04' },
      { name: 'no date under accept.max_days: the maximum', args: 'migration by Q1', maxDays: 14, until: '2026-12-19' },
    ])('signs $name into the record and says it', async ({ args, maxDays, until }) => {
      const outcome = await acceptBreaking.run(commandContext({ checkData: checkData(), config: capped(maxDays), now }), args);
      expect(outcome.rerun).toBe(true);
      expect(outcome.reply).toContain(`accepted 2 breaking changes until ${until}: "migration by Q1"`);
      expect(parseCommandMarker(outcome.reply, markerKey)).toMatchObject({ reason: 'migration by Q1', until });
    });

    it.each([
      { name: 'beyond accept.max_days', args: '--until 2027-03-31 later', maxDays: 30, says: 'at most 30 days (`accept.max_days`); `2027-03-31` is further away' },
      { name: 'a duration beyond accept.max_days', args: '--until 31d later', maxDays: 30, says: 'Ask again with `--until 30d` or an earlier date' },
      { name: 'a date in the past', args: '--until 2026-12-04 late', maxDays: null, says: '`2026-12-04` is already past' },
      { name: 'a date that is not one', args: '--until tomorrow later', maxDays: null, says: '`tomorrow` is neither' },
      { name: 'a date without a reason', args: '--until 30d', maxDays: null, says: '`accept-breaking` needs a reason' },
    ])('refuses $name with a clear reply, no record and no re-run', async ({ args, maxDays, says }) => {
      const outcome = await acceptBreaking.run(commandContext({ checkData: checkData(), config: capped(maxDays), now }), args);
      expect(outcome.reply).toContain(says);
      expect(outcome.reaction).toBe('-1');
      expect(outcome.rerun).toBeUndefined();
      expect(parseCommandMarker(outcome.reply, markerKey)).toBeUndefined();
    });
  });
});
