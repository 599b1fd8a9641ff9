import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config-schema.js';
import { parseCommandMarker } from '../../src/commands/command-marker.js';
import { revoke } from '../../src/commands/revoke.js';
import { checkData, markerKey } from './fake-deps.js';
import { commandContext } from './context.js';

describe('revoke', () => {
  it('confirms with a revoke record and asks for a re-run', async () => {
    const data = checkData({ acceptances: [{ user: 'bob', reason: 'x', url: 'u', fingerprints: ['aaaa000000000001'] }] });
    const outcome = await revoke.run(commandContext({ checkData: data }), '');
    expect(outcome.rerun).toBe(true);
    expect(outcome.reply).toContain('↩️ @alice withdrew 1 acceptance of breaking changes');
    expect(parseCommandMarker(outcome.reply, markerKey)).toEqual({ kind: 'revoke', comment: 101, user: 'alice' });
  });

  it('still records the revoke when no review is known, and explains the label when one is configured', async () => {
    const config = { ...defaultConfig, accept: { teams: [], label: 'breaking-ok', max_days: null } };
    const outcome = await revoke.run(commandContext({ config }), '');
    expect(outcome.reply).toContain('withdrew every acceptance');
    expect(outcome.reply).toContain('The `breaking-ok` label no longer counts');
    expect(parseCommandMarker(outcome.reply, markerKey)).toMatchObject({ kind: 'revoke' });
  });
});
