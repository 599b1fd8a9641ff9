// trigger: an `issue_comment.created` webhook, turned into slash commands and answered. The App
// builds the deps from the Probot context and calls this; errors propagate to its handler
// boundary after a `confused` reaction, so the person who asked sees something went wrong.
import { isApproverPermission } from './approver-permission.js';
import type { CommandDeps } from './command-deps.js';
import { commandList, findCommand } from './command-list.js';
import type { CommandContext, CommandOutcome } from './define-command.js';
import { help, renderHelp } from './help.js';
import { oncePerKind } from './once-per-kind.js';
import { parseCommands, type ParsedCommand } from './parse-commands.js';
import { refusal } from './refusal.js';

/** Bounds the work one comment can cause (each kind of command runs at most once in it, too). */
export const maxCommandsPerComment = 5;

export async function handleCommentEvent(deps: CommandDeps): Promise<void> {
  if (!isHandled(deps)) return;
  const parsed = parseCommands(deps.comment.body);
  if (parsed.length === 0) return;
  await deps.react('eyes');
  const context: CommandContext = { deps, commands: commandList };
  const { commands, repeated } = oncePerKind(parsed);
  try {
    for (const command of commands.slice(0, maxCommandsPerComment)) await publish(deps, await runCommand(context, command));
    if (commands.length > maxCommandsPerComment) await publish(deps, refusal('too-many', { limit: maxCommandsPerComment }));
    if (repeated.length > 0) await publish(deps, refusal('repeated', { commands: repeated.map((name) => `/api-review ${name}`) }));
  } catch (error) {
    await deps.react('confused').catch(() => undefined);
    throw error;
  }
}

/**
 * Only new comments on pull requests by people. Edits are ignored so that changing an old comment
 * cannot run a command again; bots (this App included) are ignored so replies cannot loop.
 */
function isHandled(deps: CommandDeps): boolean {
  const author = deps.comment.user;
  return deps.action === 'created' && deps.isPullRequest && author.type !== 'Bot' && author.login !== deps.botLogin;
}

async function runCommand(context: CommandContext, parsed: ParsedCommand): Promise<CommandOutcome> {
  if (parsed.name === '') return help.run(context, '');
  const command = findCommand(parsed.name);
  if (command === undefined) return { reply: renderHelp(context, parsed.name), reaction: 'confused' };
  const byAuthor = command.permission === 'author' && sameLogin(context.deps.comment.user.login, context.deps.pullAuthor);
  if (command.permission !== 'none' && !byAuthor) {
    const denied = await permissionRefusal(context.deps, command.name, command.permission === 'author');
    if (denied) return denied;
  }
  return command.run(context, parsed.args);
}

async function permissionRefusal(deps: CommandDeps, command: string, orAuthor: boolean): Promise<CommandOutcome | undefined> {
  const user = deps.comment.user.login;
  const permission = await deps.permissionOf(user);
  if (isApproverPermission(permission) || (await deps.isApproverTeamMember(user))) return undefined;
  return refusal('permission', { user, command, permission, teams: deps.config.accept.teams, orAuthor });
}

function sameLogin(a: string, b: string): boolean {
  return a !== '' && a.toLowerCase() === b.toLowerCase();
}

/** Reply first: an acceptance is read back from the reply by the review that the re-run makes. */
async function publish(deps: CommandDeps, outcome: CommandOutcome): Promise<void> {
  if (outcome.reply !== undefined) await deps.reply(outcome.reply);
  if (outcome.rerun) await deps.requestReview();
  const reaction = outcome.reaction ?? (outcome.reply === undefined ? '+1' : undefined);
  if (reaction !== undefined) await deps.react(reaction);
}
