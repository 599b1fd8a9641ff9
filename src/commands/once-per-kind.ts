// trigger: the commands of one comment that run — each kind once, in the order written.
import { findCommand } from './command-list.js';
import { help } from './help.js';
import type { ParsedCommand } from './parse-commands.js';

/**
 * Each kind of command once per comment (its first occurrence; every unknown name counts as one
 * kind, answered once with the help): five `run` lines are one review, not five.
 */
export function oncePerKind(parsed: ParsedCommand[]): { commands: ParsedCommand[]; repeated: string[] } {
  const seen = new Set<string>();
  const commands: ParsedCommand[] = [];
  const repeated = new Set<string>();
  for (const command of parsed) {
    const name = command.name === '' ? help.name : command.name;
    const known = findCommand(name) !== undefined;
    const kind = known ? name : '(unknown)';
    if (!seen.has(kind)) {
      seen.add(kind);
      commands.push(command);
    } else if (known) repeated.add(name);
  }
  return { commands, repeated: [...repeated] };
}
