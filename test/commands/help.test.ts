import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config-schema.js';
import { commandList } from '../../src/commands/command-list.js';
import { help, renderHelp } from '../../src/commands/help.js';
import { codeSpan } from '../../src/render/markdown-text.js';
import { commandContext } from './context.js';

describe('help', () => {
  it('lists every command with its usage and summary, marking those that need permission', async () => {
    const outcome = await help.run(commandContext(), '');
    const reply = outcome.reply ?? '';
    // Usages are code spans in a table cell: angle brackets made inert, `|` escaped.
    for (const command of commandList) expect(reply).toContain(`| ${codeSpan(command.usage, { cell: true })} | ${command.summary}`);
    expect(reply).toContain('| `/api-review accept-breaking [--until YYYY-MM-DD\\|Nd] ‹reason›` | Accept the current breaking changes, with a reason, optionally until a date. ¹ |');
    expect(reply).toContain('| `/api-review help` | List these commands. |');
    expect(reply).toContain('| `/api-review run` | Review the head commit again. ² |');
    expect(reply).toContain("² The pull request's author, or the same permission.");
    expect(reply).toContain('¹ Needs write, maintain or admin permission on this repository.');
    expect(reply).not.toContain('is not an API Review command');
    expect(outcome.rerun).toBeUndefined();
  });

  it('names the approver teams and the acceptance label when configured', async () => {
    const config = { ...defaultConfig, accept: { teams: ['acme/api-owners'], label: 'breaking-ok', max_days: null } };
    const reply = (await help.run(commandContext({ config }), '')).reply ?? '';
    expect(reply).toContain('or membership in `acme/api-owners`.');
    expect(reply).toContain('Adding the `breaking-ok` label also accepts every current breaking change');
  });

  it('names an unknown command, defanged', () => {
    const reply = renderHelp(commandContext(), 'd`eploy');
    expect(reply.split('\n')[0]).toBe("🤔 `/api-review d'eploy` is not an API Review command. These are:");
  });
});
