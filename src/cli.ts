#!/usr/bin/env -S node --max-semi-space-size=128
// The command line entry: the same pipeline as the App, on local files or a local git repository.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diffCommand } from './cli/diff-command.js';
import { digestCommand } from './cli/digest-command.js';
import { explainCommand } from './cli/explain-command.js';
import { lintCommand } from './cli/lint-command.js';
import { reviewCommand } from './cli/review-command.js';
import { CliError } from './cli/cli-error.js';
import { processOutput, type Output } from './cli/cli-context.js';
import { parseOptions, type ParsedOptions } from './cli/parse-options.js';
import { packageVersion } from './cli/package-version.js';
import { usage } from './cli/usage.js';

type Command = (options: ParsedOptions, output: Output) => Promise<number>;

const commands: Record<string, Command> = {
  review: reviewCommand,
  diff: diffCommand,
  lint: lintCommand,
  explain: explainCommand,
  digest: (options, output) => digestCommand(options, output),
};

export async function runCli(argv: string[], output: Output = processOutput): Promise<number> {
  try {
    const options = parseOptions(argv);
    if (options.version) {
      output.out(packageVersion());
      return 0;
    }
    if (options.help || options.command === undefined) {
      output.out(usage);
      return options.help ? 0 : 2;
    }
    const command = commands[options.command];
    if (!command) throw new CliError(`unknown command "${options.command}"\n\n${usage}`);
    return await command(options, output);
  } catch (error) {
    if (error instanceof CliError) {
      output.err(`api-review: ${error.message}`);
      return error.exitCode;
    }
    output.err(`api-review: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

// Run when executed (directly, through the npm bin link, or by tsx), not when imported by tests.
// The command is over when runCli returns: whatever still runs then (an analysis abandoned at
// limits.seconds_per_review) must not keep the process alive, so it exits once output is flushed.
if (isEntryPoint(process.argv[1])) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
    process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
  });
}

function isEntryPoint(scriptPath: string | undefined): boolean {
  if (!scriptPath) return false;
  try {
    return realpathSync(scriptPath) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}
