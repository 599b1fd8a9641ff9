// trigger: a pull request comment, handed to the slash-command module with everything it may
// need from GitHub. Comments without a command cost no API call, and neither do the comments of
// a user past the command rate (one short refusal a minute, then silence).
import type { Context } from 'probot';
import { sharedCommandRate, commandsPerMinute, type CommandRate } from '../commands/command-rate.js';
import { handleCommentEvent, maxCommandsPerComment } from '../commands/handle-comment.js';
import { oncePerKind } from '../commands/once-per-kind.js';
import { parseCommands } from '../commands/parse-commands.js';
import { refusal } from '../commands/refusal.js';
import { commandDepsOf } from './command-deps-of.js';
import { reviewInProcess, type ReviewDispatch } from './review-dispatch.js';

/** `review` is where the App's reviews go: a command's review of the pull request goes there too (review-dispatch.ts). */
export async function handleIssueComment(context: Context<'issue_comment.created'>, review: ReviewDispatch = reviewInProcess, rate: CommandRate = sharedCommandRate): Promise<void> {
  const { comment, issue } = context.payload;
  // Bots, this App included, never issue commands: its own replies must not loop.
  if (!issue.pull_request || comment.user?.type === 'Bot') return;
  const commands = Math.min(oncePerKind(parseCommands(comment.body)).commands.length, maxCommandsPerComment);
  if (commands === 0) return;
  const user = comment.user?.login ?? '';
  const decision = rate.decide(`${context.payload.installation?.id ?? context.payload.repository.owner.login}/${user.toLowerCase()}`, commands);
  if (decision === 'ignore') return;
  if (decision === 'refuse') {
    const body = refusal('rate', { user, limit: commandsPerMinute }).reply ?? '';
    await context.octokit.rest.issues.createComment({ ...context.repo(), issue_number: issue.number, body });
    return;
  }
  await handleCommentEvent(await commandDepsOf(context, review));
}
