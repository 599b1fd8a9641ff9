// The context a command's run() receives, around fake deps.
import { commandList } from '../../src/commands/command-list.js';
import type { CommandContext } from '../../src/commands/define-command.js';
import { fakeDeps, type FakeDeps, type FakeOptions } from './fake-deps.js';

export function commandContext(options: FakeOptions = {}): CommandContext & { deps: FakeDeps } {
  return { deps: fakeDeps(options), commands: commandList };
}
