// trigger: the `/api-review <command> [args]` lines of a comment. A command starts a line
// (indentation allowed); prefix and name are case-insensitive; text a reader sees as code, a
// quotation or an HTML comment is ignored (see visible-lines.ts).
import { commandCandidateLines } from './visible-lines.js';

export const COMMAND_PREFIX = '/api-review';

export interface ParsedCommand {
  /** Lower case; empty when the line is the bare prefix. */
  name: string;
  /** The rest of the line, trimmed; inner spacing is kept (a reason is the user's own words). */
  args: string;
}

// Only the prefix is matched by a pattern; the rest is split by hand, so a long line of
// spaces (comments are untrusted input) cannot make the pattern backtrack.
const prefix = /^\s*\/api-review(?=\s|$)/i;

export function parseCommands(body: string | null | undefined): ParsedCommand[] {
  const commands: ParsedCommand[] = [];
  for (const line of commandCandidateLines(body ?? '')) {
    const match = prefix.exec(line);
    if (match) commands.push(splitCommand(line.slice(match[0].length).trim()));
  }
  return commands;
}

function splitCommand(rest: string): ParsedCommand {
  const space = rest.search(/\s/);
  if (space === -1) return { name: rest.toLowerCase(), args: '' };
  return { name: rest.slice(0, space).toLowerCase(), args: rest.slice(space).trim() };
}
