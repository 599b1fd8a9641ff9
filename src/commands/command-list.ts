// trigger: every slash command, in the order `help` lists them.
import { acceptBreaking } from './accept-breaking.js';
import type { Command } from './define-command.js';
import { explain } from './explain.js';
import { help } from './help.js';
import { plan } from './plan.js';
import { revoke } from './revoke.js';
import { run } from './run.js';

export const commandList: readonly Command[] = [help, run, explain, plan, acceptBreaking, revoke];

export function findCommand(name: string): Command | undefined {
  return commandList.find((command) => command.name === name);
}
