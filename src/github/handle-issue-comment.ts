// trigger: a pull request comment, handed to the slash-command module with everything it may
// need from GitHub. Comments without a command cost no API call.
import type { Context } from 'probot';
import { handleCommentEvent } from '../commands/handle-comment.js';
import { parseCommands } from '../commands/parse-commands.js';
import { commandDepsOf } from './command-deps-of.js';

export async function handleIssueComment(context: Context<'issue_comment.created'>): Promise<void> {
  const { comment, issue } = context.payload;
  // Bots, this App included, never issue commands: its own replies must not loop.
  if (!issue.pull_request || comment.user?.type === 'Bot' || parseCommands(comment.body).length === 0) return;
  await handleCommentEvent(await commandDepsOf(context));
}
