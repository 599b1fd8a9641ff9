import { beforeAll, describe, expect, it } from 'vitest';
import { explain } from '../../src/commands/explain.js';
import { loadRuleset } from '../../src/lint/load-ruleset.js';
import type { LoadedRuleset } from '../../src/lint/loaded-ruleset.js';
import { commandContext } from './context.js';

describe('explain', () => {
  let ruleset: LoadedRuleset;
  beforeAll(async () => {
    const load = await loadRuleset({ kind: 'shipped' });
    if (!load.ok) throw new Error('the shipped ruleset does not load');
    ruleset = load.ruleset;
  });

  it.each([
    { name: 'a breaking-change check', args: 'api-path-removed-without-deprecation', heading: '### `api-path-removed-without-deprecation`' },
    { name: 'a check id pasted in backticks', args: '`api-path-removed-without-deprecation`', heading: '### `api-path-removed-without-deprecation`' },
    { name: 'a lint rule of the repository’s ruleset', args: 'api-paths-kebab-case', heading: '### `api-paths-kebab-case`' },
  ])('explains $name', async ({ args, heading }) => {
    const outcome = await explain.run(commandContext({ ruleset }), args);
    expect(outcome.reply?.startsWith(heading)).toBe(true);
    expect(outcome.reaction).toBeUndefined();
  });

  it('says so for an id nobody has, pointing at help', async () => {
    const outcome = await explain.run(commandContext({ ruleset }), 'made-up-rule');
    expect(outcome.reply).toContain('No breaking-change check or lint rule has the id `made-up-rule`. `/api-review help` lists the commands');
    expect(outcome.reaction).toBe('confused');
  });

  it('finds checks even when the ruleset cannot load', async () => {
    expect((await explain.run(commandContext(), 'api-path-removed-without-deprecation')).reply).toContain('api-path-removed-without-deprecation');
    expect((await explain.run(commandContext(), 'api-paths-kebab-case')).reply).toContain('No breaking-change check or lint rule has the id');
  });

  it('asks for an id when there is none', async () => {
    const outcome = await explain.run(commandContext(), '  ');
    expect(outcome.reply).toContain('`explain` needs the id of a check or lint rule: `/api-review explain <rule-id>`');
  });
});
