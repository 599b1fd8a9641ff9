// trigger: the shape of a slash command — metadata (shown by `help`, checked by the handler)
// plus `run`, which decides what to answer. Publishing the answer is the handler's job.
import type { CommandDeps, CommandReaction } from './command-deps.js';

/**
 * `write`: write, maintain or admin on the repository, or a member of `accept.teams`.
 * `author`: the pull request's author, or anyone `write` admits (commands that make a review run).
 */
export type CommandPermission = 'none' | 'author' | 'write';

export interface CommandMeta {
  /** Lower case, as typed after `/api-review`. */
  name: string;
  usage: string;
  summary: string;
  permission: CommandPermission;
}

export interface CommandContext {
  deps: CommandDeps;
  /** Every command, for `help`; passed in so no command imports the list it belongs to. */
  commands: readonly CommandMeta[];
}

/** What the handler publishes, in this order: the reply, the re-run, the reaction. */
export interface CommandOutcome {
  reply?: string;
  /** Re-run the review after the reply is posted (an acceptance is read from that reply). */
  rerun?: boolean;
  /** Defaults to `+1` when there is no reply, to nothing otherwise. */
  reaction?: Exclude<CommandReaction, 'eyes'>;
}

export interface Command extends CommandMeta {
  /** `args` is the text after the command name, trimmed (possibly empty). */
  run(context: CommandContext, args: string): Promise<CommandOutcome>;
}

export function defineCommand(command: Command): Command {
  return command;
}
