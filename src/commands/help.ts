// `/api-review help`: the commands and what each does, from their own metadata.
import { renderTemplate } from '../render/handlebars-env.js';
import { defineCommand, type CommandContext } from './define-command.js';

export const help = defineCommand({
  name: 'help',
  usage: '/api-review help',
  summary: 'List these commands.',
  permission: 'none',
  run: async (context) => ({ reply: renderHelp(context) }),
});

/** Also the answer to an unknown command, then naming it. */
export function renderHelp(context: CommandContext, unknown?: string): string {
  return renderTemplate('command-help', {
    unknown: unknown === undefined ? undefined : `/api-review ${unknown}`,
    commands: context.commands.map((command) => ({
      usage: command.usage,
      summary: command.summary,
      approverOnly: command.permission === 'write',
      authorOrApprover: command.permission === 'author',
    })),
    teams: context.deps.config.accept.teams,
    label: context.deps.config.accept.label,
  });
}
