#!/usr/bin/env -S node --max-semi-space-size=128
// The command line entry: the same pipeline as the App, on local files or a local git repository.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CliError } from './cli/cli-error.js';
import { processOutput, type Output } from './cli/cli-output.js';
import { parseOptions, type ParsedOptions } from './cli/parse-options.js';
import { packageVersion } from './package-root.js';
import { usage } from './cli/usage.js';

type Command = (options: ParsedOptions, output: Output) => Promise<number>;

// Each command is imported when it is run: `--version` and `--help` load only the argument
// parser, and a command pays only for what it uses (Probot, Spectral and openai are heavy).
const commands: Record<string, () => Promise<Command>> = {
  review: async () => (await import('./cli/review-command.js')).reviewCommand,
  diff: async () => (await import('./cli/diff-command.js')).diffCommand,
  lint: async () => (await import('./cli/lint-command.js')).lintCommand,
  explain: async () => (await import('./cli/explain-command.js')).explainCommand,
  digest: async () => (await import('./cli/digest-command.js')).digestCommand,
  changelog: async () => (await import('./cli/changelog-command.js')).changelogCommand,
};

const analysingCommands = new Set(['review', 'diff', 'lint']);

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
    const loadCommand = Object.hasOwn(commands, options.command) ? commands[options.command] : undefined;
    if (!loadCommand) throw new CliError(`unknown command "${options.command}"\n\n${usage}`);
    // These commands analyse on a worker thread: it starts now and loads the engine on the second
    // core while this thread loads the command, so a small diff pays for one load, not two in a row.
    if (analysingCommands.has(options.command)) (await import('./pipeline/analysis-pool.js')).sharedAnalysisPool().warm();
    const command = await loadCommand();
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
